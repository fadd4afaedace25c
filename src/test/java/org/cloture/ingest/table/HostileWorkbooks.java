package org.cloture.ingest.table;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Hostile spreadsheets for the tests of other packages: a zip bomb, an XXE, a password-protected workbook. */
public final class HostileWorkbooks {

    private static final Object[] MEMBER_HEADERS = {"N° adhérent", "Nom", "Type", "Date d'adhésion"};
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    private HostileWorkbooks() {
    }

    /** A sheet that inflates to 16 MB from a few kilobytes: past 4 MiB, a ratio far over 200. */
    public static Path zipBomb(Path dir, String name) throws Exception {
        Path good = Workbooks.workbook().sheet("Feuil1", MEMBER_HEADERS).writeTo(dir.resolve("bomb-source-" + name));
        return ZipParts.replace(good, dir.resolve(name), Map.of(SHEET, ZipParts.repeated(
                SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>", (byte) 'A', 16L << 20,
                "</t></is></c></row>" + SHEET_END)));
    }

    /** A sheet whose DOCTYPE declares an external entity pointing to {@code secret}. */
    public static Path xxe(Path dir, String name, Path secret) throws Exception {
        Path good = Workbooks.workbook().sheet("Feuil1", MEMBER_HEADERS).writeTo(dir.resolve("xxe-source-" + name));
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>N° adhérent</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Nom</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\">"
                + "<is><t>A1</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>" + SHEET_END;
        return ZipParts.replace(good, dir.resolve(name), Map.of(SHEET, ZipParts.text(sheet)));
    }

    /** A workbook encrypted with the password "secret" (agile encryption, as Excel writes it). */
    public static Path passwordProtected(Path dir, String name) throws Exception {
        Path plain = Workbooks.workbook().sheet("Feuil1", MEMBER_HEADERS,
                new Object[] {"A001", "Durand", "PP", LocalDate.of(2019, 3, 15)}).writeTo(dir.resolve("plain-" + name));
        Path encrypted = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream file = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(file);
            }
        }
        return encrypted;
    }
}
