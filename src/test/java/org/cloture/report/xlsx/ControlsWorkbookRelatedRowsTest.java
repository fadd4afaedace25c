package org.cloture.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.junit.jupiter.api.Test;

/** Each finding of the controls workbook names every source row behind it, in one cell. */
class ControlsWorkbookRelatedRowsTest {

    private static final SourceLocation FIRST = SourceLocation.ofRow("adherents.xlsx", "Adhérents", 9).withColumn("Nom");

    @Test
    void aFindingAboutOneRowHasNoOtherRows() {
        assertThat(ControlsWorkbook.relatedRows(Finding.of(CheckId.MEMBER_DUPLICATE, FIRST, "x", "x", "59000", "A1", "A7")))
                .isNull();
    }

    @Test
    void theOtherRowsAreListedOnceEachWithoutTheirColumn() {
        Finding finding = Finding.of(CheckId.MEMBER_DUPLICATE, FIRST, "x", "x", "59000", "A1", "A7")
                .withRelated(List.of(SourceLocation.ofRow("adherents.xlsx", "Adhérents", 9),
                        SourceLocation.ofRow("adherents.xlsx", "Adhérents", 3).withColumn("Nom"),
                        SourceLocation.ofRow("FEC.txt", null, 12)));

        assertThat(ControlsWorkbook.relatedRows(finding)).isEqualTo("adherents.xlsx:Adhérents:3 ; FEC.txt:12");
    }

    @Test
    void aVeryLongListSaysHowManyRowsAreLeftOut() {
        List<SourceLocation> rows = new ArrayList<>();
        for (int row = 1; row <= ControlsWorkbook.MAX_RELATED_ROWS_IN_CELL + 26; row++) {
            rows.add(SourceLocation.ofRow("benevolat.xlsx", "Heures", 100 + row));
        }
        String cell = ControlsWorkbook.relatedRows(Finding.of(CheckId.MEMBER_DUPLICATE, FIRST, "x", "x", "59000", "A1",
                "A7").withRelated(rows));

        assertThat(cell).endsWith("… et 26 autres lignes").hasSizeLessThan(32_767);
    }
}
