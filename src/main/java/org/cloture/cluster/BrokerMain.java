package org.cloture.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The development broker of {@code cloture cluster up}: an embedded Artemis server in a small JVM of its
 * own, on loopback, persistent (a partition request survives a broker restart), security off. Its only queue
 * holds the partition requests; a request whose worker dies unacknowledged is redelivered.
 *
 * <p>Usage: {@code BrokerMain <journal folder> <port>}; stops on SIGTERM.
 */
public final class BrokerMain {

    /** The queue of partition requests, one message per member association-year. */
    public static final String QUEUE = "cloture.membres";

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(folder);
        Configuration configuration = new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalDirectory(folder.resolve("journal").toString())
                .setBindingsDirectory(folder.resolve("bindings").toString())
                .setLargeMessagesDirectory(folder.resolve("large").toString())
                .setPagingDirectory(folder.resolve("paging").toString())
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port)
                .addAddressSetting("#", new AddressSettings().setMaxDeliveryAttempts(20).setRedeliveryDelay(0))
                .addQueueConfiguration(QueueConfiguration.of(QUEUE).setRoutingType(RoutingType.ANYCAST)
                        .setDurable(true));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(configuration);
        broker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.stop();
            } catch (Exception e) {
                // Stopping anyway.
            }
        }));
        System.out.println("Broker prêt sur 127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }
}
