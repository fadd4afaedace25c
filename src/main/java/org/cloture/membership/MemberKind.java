package org.cloture.membership;

public enum MemberKind { NATURAL_PERSON, LEGAL_PERSON }
