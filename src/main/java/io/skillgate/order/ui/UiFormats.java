package io.skillgate.order.ui;




import io.skillgate.order.OrderStatus;

/** How the order screens show statuses (times: {@link io.skillgate.base.ui.BrowserTime}). */
final class UiFormats {

    private UiFormats() {
    }

    /** Lumo badge theme of a status: open ones plain, COMPLETED green, EXPIRED/REJECTED red-ish. */
    static String badgeTheme(OrderStatus status) {
        return switch (status) {
            case COMPLETED -> "success";
            case EXPIRED, REJECTED -> "error";
            case IN_PROGRESS -> "contrast";
            default -> "";
        };
    }
}
