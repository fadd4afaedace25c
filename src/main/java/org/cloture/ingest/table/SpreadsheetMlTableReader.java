package org.cloture.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.cloture.source.Finding;

/**
 * Excel 2003's XML workbook (« SpreadsheetML », {@code urn:schemas-microsoft-com:office:spreadsheet}), which web
 * applications such as AssoConnect deliver as an « Excel 97 » export named {@code .xls}: recognised by its content,
 * read as a stream of Worksheet / Row / Cell / Data elements. {@code ss:Index} on a row or a cell skips the rows
 * and cells left empty; {@code ss:Type} gives numbers and dates as numbers and dates.
 *
 * <p>Read safely: no DTD and no external entity is ever processed (a {@code <!DOCTYPE>} declaring entities makes
 * the file unreadable instead of reading a local file into a cell, XXE), and rows are read one by one.
 */
public final class SpreadsheetMlTableReader implements TableReader {

    static final String NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet";
    /** An export of a few thousand members is a few megabytes of XML. */
    static final long MAX_BYTES = 64L << 20;
    private static final int SNIFF_BYTES = 4096;

    /** Whether the file is a SpreadsheetML workbook, whatever its extension. */
    public static boolean looksLikeSpreadsheetMl(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            return head.contains(NAMESPACE) && head.contains("<Workbook") || head.contains("<ss:Workbook");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void read(Path file, String displayName, Consumer<Finding> findings, SheetConsumer consumer)
            throws UnreadableFileException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw UnreadableFileException.refused(String.format(Locale.FRANCE,
                        "classeur XML de plus de %d Mo", MAX_BYTES >> 20));
            }
        } catch (IOException e) {
            throw new UnreadableFileException("le fichier ne peut pas être lu", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = safeFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Worksheet")) {
                        String name = attribute(xml, "Name");
                        Rows rows = new Rows(xml, name);
                        consumer.accept(name, rows);
                        rows.drain(); // the consumer may stop early: the next sheet starts after this one's end
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new UnreadableFileException("le classeur XML est endommagé ou contient une déclaration refusée", e);
        } catch (IOException e) {
            throw new UnreadableFileException("le fichier ne peut pas être lu", e);
        } catch (XmlFailure e) {
            throw new UnreadableFileException("le classeur XML est endommagé", e.getCause());
        }
    }

    /** A StAX factory that never reads a DTD nor resolves an external entity. */
    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** An XML error met while the consumer iterates: iterators cannot throw checked exceptions. */
    private static final class XmlFailure extends RuntimeException {
        XmlFailure(XMLStreamException cause) {
            super(cause);
        }
    }

    /** The rows of one Worksheet, read from the stream as the consumer asks for them. */
    private static final class Rows implements Iterator<RawRow> {

        private final XMLStreamReader xml;
        private final String sheet;
        private RawRow next;
        private boolean ended;
        private int rowNumber;

        Rows(XMLStreamReader xml, String sheet) {
            this.xml = xml;
            this.sheet = sheet;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !ended) {
                next = readRow();
            }
            return next != null;
        }

        @Override
        public RawRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawRow row = next;
            next = null;
            return row;
        }

        void drain() {
            while (hasNext()) {
                next();
            }
        }

        private RawRow readRow() {
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Worksheet")) {
                        ended = true;
                        return null;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Row")) {
                        String index = attribute(xml, "Index");
                        rowNumber = index != null ? Integer.parseInt(index.strip()) : rowNumber + 1;
                        return new RawRow(sheet, rowNumber, cells());
                    }
                }
                ended = true;
                return null;
            } catch (XMLStreamException e) {
                throw new XmlFailure(e);
            }
        }

        private List<RawCell> cells() throws XMLStreamException {
            List<RawCell> cells = new ArrayList<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Row")) {
                    return cells;
                }
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Cell")) {
                    String index = attribute(xml, "Index");
                    if (index != null) {
                        int column = Integer.parseInt(index.strip()) - 1;
                        while (cells.size() < column) {
                            cells.add(RawCell.BLANK);
                        }
                    }
                    cells.add(cell());
                }
            }
            return cells;
        }

        /** The Data of a Cell: its text (formatting elements inside it flattened), typed by ss:Type. */
        private RawCell cell() throws XMLStreamException {
            String type = null;
            StringBuilder text = new StringBuilder();
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (xml.getLocalName().equals("Data")) {
                        type = attribute(xml, "Type");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                }
            }
            return typed(type, text.toString());
        }

        private static RawCell typed(String type, String text) {
            if ("Number".equals(type)) {
                try {
                    return RawCell.ofNumber(new BigDecimal(text.strip()));
                } catch (NumberFormatException e) {
                    return RawCell.ofText(text);
                }
            }
            if ("DateTime".equals(type)) {
                try {
                    LocalDateTime dateTime = LocalDateTime.parse(text.strip());
                    return new RawCell(dateTime.toLocalDate().toString(), null, dateTime);
                } catch (DateTimeParseException e) {
                    return RawCell.ofText(text);
                }
            }
            return RawCell.ofText(text);
        }
    }
}
