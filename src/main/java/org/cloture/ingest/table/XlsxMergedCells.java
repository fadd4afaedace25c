package org.cloture.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The merged cells of each sheet of an xlsx. The file lists them after all the rows of a sheet, and
 * fastexcel-reader does not expose them, so they are collected in a first pass over each sheet part: POI's
 * {@link XSSFReader} finds the parts (relationships, names) and a StAX reader built by POI's
 * {@link XMLHelper} (no DTD, no external entity) picks the {@code <mergeCell ref="A5:A9"/>} elements. Only
 * the ranges are kept, a few bytes each.
 */
final class XlsxMergedCells {

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private XlsxMergedCells() {
    }

    /** What the inflation guard looks for in each part, so that only sheets with merges are parsed twice. */
    static final byte[] MARKER = "<mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Sheet name → its merged regions; sheets without merges are absent.
     *
     * @param partsWithMarker the zip entries in which the guard saw {@link #MARKER}: the others are skipped
     */
    static Map<String, MergedRegions> read(Path file, Set<String> partsWithMarker) throws IOException {
        if (partsWithMarker.isEmpty()) {
            return Map.of();
        }
        Map<String, MergedRegions> bySheet = new HashMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream part = sheets.next()) {
                    String entry = sheets.getSheetPart().getPartName().getName().substring(1);
                    if (!partsWithMarker.contains(entry)) {
                        continue;
                    }
                    List<MergedRegions.Region> regions = regions(part);
                    if (!regions.isEmpty()) {
                        bySheet.put(sheets.getSheetName(), new MergedRegions(regions));
                    }
                }
            }
        } catch (OpenXML4JException | XMLStreamException | RuntimeException e) {
            throw new IOException(e);
        }
        return bySheet;
    }

    private static List<MergedRegions.Region> regions(InputStream part) throws XMLStreamException {
        List<MergedRegions.Region> regions = new ArrayList<>();
        XMLStreamReader xml = XML.createXMLStreamReader(part);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("mergeCell")) {
                    String ref = xml.getAttributeValue(null, "ref");
                    if (ref != null && ref.contains(":")) {
                        CellRangeAddress range = CellRangeAddress.valueOf(ref);
                        regions.add(new MergedRegions.Region(range.getFirstRow() + 1, range.getLastRow() + 1,
                                range.getFirstColumn()));
                    }
                }
            }
        } finally {
            xml.close();
        }
        return regions;
    }
}
