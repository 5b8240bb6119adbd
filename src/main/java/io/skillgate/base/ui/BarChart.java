package io.skillgate.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

/**
 * A bar chart drawn on the server as an SVG document (no chart library, no licence): horizontal bars with a label
 * column for a few categories, or vertical columns for a series such as orders per day. The SVG has a
 * {@code <title>} and {@code <desc>} (role "img", so screen readers announce them), each bar its own
 * {@code <title>} (the browser's tooltip), and colours from Lumo's CSS custom properties, so the dark theme works.
 * Every text is escaped: labels may come from users (package names).
 *
 * <p>The markup goes into a {@code div} as {@code innerHTML}: the browser's HTML parser puts {@code <svg>} and its
 * children in the SVG namespace, which elements created one by one through Flow's element API would not get.
 */
public class BarChart extends Composite<Div> {

    /** How the bars run. */
    public enum Orientation { HORIZONTAL, VERTICAL }

    /**
     * One bar.
     *
     * @param label     the category (shown next to the bar, or under the column when there is room)
     * @param value     the bar's length, 0 or more
     * @param valueText the value as shown (formatted by the caller, e.g. "42" or "67 %")
     * @param colour    a CSS colour, e.g. {@code var(--lumo-success-color)}; {@code null} for the primary colour
     */
    public record Bar(String label, double value, String valueText, @Nullable String colour) {

        public Bar(String label, double value, String valueText) {
            this(label, value, valueText, null);
        }
    }

    private static final AtomicLong IDS = new AtomicLong();
    private static final int WIDTH = 640;
    private static final int ROW = 28;
    private static final int LABEL_WIDTH = 200;
    private static final int VALUE_WIDTH = 70;
    private static final int COLUMN_HEIGHT = 180;
    private static final int AXIS_HEIGHT = 22;
    private static final int MAX_AXIS_LABELS = 7;

    private final Orientation orientation;
    private final String id = "chart-" + IDS.incrementAndGet();
    private String title = "";
    private String description = "";
    private List<Bar> bars = List.of();

    public BarChart(Orientation orientation) {
        this.orientation = orientation;
        getContent().addClassName("bar-chart");
        getContent().setWidthFull();
        getContent().getStyle().set("max-width", WIDTH * 1.5 + "px");
    }

    /** Replaces what the chart shows: its title and description (for assistive technology), and the bars. */
    public void show(String title, String description, List<Bar> bars) {
        this.title = title;
        this.description = description;
        this.bars = List.copyOf(bars);
        getContent().getElement().setProperty("innerHTML", svg());
    }

    public List<Bar> getBars() {
        return bars;
    }

    public String getTitle() {
        return title;
    }

    /** The SVG markup as sent to the browser. */
    public String svg() {
        StringBuilder svg = new StringBuilder();
        int height = orientation == Orientation.HORIZONTAL ? Math.max(1, bars.size()) * ROW + 4
                : COLUMN_HEIGHT + AXIS_HEIGHT;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" style=\"font-family: var(--lumo-font-family); font-size: 13px\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        if (bars.isEmpty()) {
            text(svg, WIDTH / 2.0, height / 2.0 + 4, "middle", getTranslation("base.chart.no-data"));
        } else if (orientation == Orientation.HORIZONTAL) {
            horizontal(svg, max);
        } else {
            vertical(svg, max);
        }
        return svg.append("</svg>").toString();
    }

    private void horizontal(StringBuilder svg, double max) {
        double room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = i * ROW + 4;
            double length = max <= 0 ? 0 : Math.max(bar.value() > 0 ? 2 : 0, bar.value() / max * room);
            text(svg, LABEL_WIDTH - 8, y + ROW / 2.0 + 1, "end", shorten(bar.label(), 28));
            rect(svg, LABEL_WIDTH, y + 3, length, ROW - 8, bar);
            text(svg, LABEL_WIDTH + length + 6, y + ROW / 2.0 + 1, "start", bar.valueText());
        }
    }

    private void vertical(StringBuilder svg, double max) {
        double slot = (double) WIDTH / bars.size();
        double gap = slot > 6 ? slot * 0.2 : 0;
        int every = (int) Math.ceil(bars.size() / (double) MAX_AXIS_LABELS);
        svg.append("<line x1=\"0\" y1=\"").append(COLUMN_HEIGHT).append("\" x2=\"").append(WIDTH).append("\" y2=\"")
                .append(COLUMN_HEIGHT).append("\" style=\"stroke: var(--lumo-contrast-30pct)\"/>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double length = max <= 0 ? 0 : bar.value() / max * (COLUMN_HEIGHT - 16);
            rect(svg, i * slot + gap / 2, COLUMN_HEIGHT - length, slot - gap, length, bar);
            if (i % every == 0) {
                text(svg, i * slot + slot / 2, COLUMN_HEIGHT + 16, i == 0 ? "start" : "middle", bar.label());
            }
        }
        text(svg, 2, 12, "start", getTranslation("base.chart.maximum", format(max)));
    }

    private static void rect(StringBuilder svg, double x, double y, double width, double height, Bar bar) {
        String colour = bar.colour() == null ? "var(--lumo-primary-color)" : bar.colour();
        svg.append("<rect class=\"bar\" x=\"").append(format(x)).append("\" y=\"").append(format(y))
                .append("\" width=\"").append(format(width)).append("\" height=\"").append(format(height))
                .append("\" rx=\"2\" style=\"fill: ").append(escape(colour)).append("\"><title>")
                .append(escape(bar.label() + ": " + bar.valueText())).append("</title></rect>");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text x=\"").append(format(x)).append("\" y=\"").append(format(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" dominant-baseline=\"middle\" style=\"fill: var(--lumo-secondary-text-color)\">")
                .append(escape(text)).append("</text>");
    }

    private static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "…";
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** XML text and attribute escaping. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
