package io.skillgate.order;

/** A result's PDF report. */
public record OrderReport(String fileName, byte[] pdf) {
}
