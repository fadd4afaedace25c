package org.cloture.ingest.ofx;

/** The OFX fixture of {@link OfxFileReaderTest}, for the tests of other packages. */
public final class OfxFileReaderTestAccess {

    public static final String SGML = OfxFileReaderTest.SGML;

    private OfxFileReaderTestAccess() {
    }
}
