package io.skillgate.base.ui;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.skillgate.support.KaribuTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart's SVG: accessible names, one tooltip per bar, Lumo colours, user text escaped. */
class BarChartTest extends KaribuTest {

    @Test
    void horizontalBarsHaveTitlesTooltipsAndEscapedLabels() {
        BarChart chart = new BarChart(BarChart.Orientation.HORIZONTAL);
        chart.show("Orders by <status>", "Six orders", List.of(new BarChart.Bar("Java & <script>", 4, "4"),
                new BarChart.Bar("English", 2, "2", "var(--lumo-error-color)")));

        String svg = chart.svg();
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .contains("<title id=\"" , "\">Orders by &lt;status&gt;</title>", ">Six orders</desc>")
                .contains("<title>Java &amp; &lt;script&gt;: 4</title>", "<title>English: 2</title>")
                .contains("fill: var(--lumo-primary-color)", "fill: var(--lumo-error-color)")
                .doesNotContain("<script>");
        assertThat(svg.split("<rect ", -1)).hasSize(3);
        assertThat(chart.getElement().getProperty("innerHTML")).isEqualTo(svg);
    }

    @Test
    void theLongestBarFillsTheRoomAndOthersAreProportional() {
        BarChart chart = new BarChart(BarChart.Orientation.HORIZONTAL);
        chart.show("t", "d", List.of(new BarChart.Bar("a", 10, "10"), new BarChart.Bar("b", 5, "5")));
        assertThat(chart.svg()).contains("width=\"370\"", "width=\"185\"");
    }

    @Test
    void columnsLabelOnlySomeDaysAndAnEmptyChartSaysSo() {
        BarChart chart = new BarChart(BarChart.Orientation.VERTICAL);
        chart.show("Per day", "d", java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> new BarChart.Bar("day " + i, i, Integer.toString(i))).toList());
        String svg = chart.svg();
        assertThat(svg.split("<rect ", -1)).hasSize(31);
        assertThat(svg).contains(">day 0<", ">day 5<").doesNotContain(">day 1<").contains(">max. 29<");

        chart.show("Per day", "d", List.of());
        assertThat(chart.svg()).contains(">No data<").doesNotContain("<rect");
    }
}
