package io.skillgate.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a spreadsheet would run as a formula is defused; everything else stays as it was. */
class CsvCellsTest {

    @Test
    void formulaStartsGetAnApostropheOthersStayTheSame() {
        for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(CsvCells.formulaSafe(formula)).isEqualTo("'" + formula);
        }
        assertThat(CsvCells.formulaSafe("ada@acme.test")).isEqualTo("ada@acme.test");
        assertThat(CsvCells.formulaSafe("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.formulaSafe("")).isEmpty();
        assertThat(CsvCells.formulaSafe(null)).isNull();
    }
}
