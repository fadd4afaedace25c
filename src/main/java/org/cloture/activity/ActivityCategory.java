package org.cloture.activity;

public enum ActivityCategory {
    AG, CA, BUREAU, COMITE, RENCONTRE, SALON, VISITE, FORMATION, ACCOMPAGNEMENT, EVENEMENT, COMMUNICATION, AUTRE
}
