package org.cloture.delivery;

/** Sends one message to one recipient; returns its Message-ID. */
@FunctionalInterface
public interface MailTransport {

    String send(String recipient, BoardMessage message) throws MailFailure;
}
