package org.eden.portail.afas;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * The Caf an AFAS screen of the Caf works on: the caller's, read when the view opens. The
 * f:viewAction runs again on each postback of the page; the screen then keeps what it holds
 * (filters, choices) instead of reading everything again.
 */
final class CafDeLaVue implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;

    /**
     * True on the view's first opening by a person of a Caf, who may then read the screen's data;
     * false on a postback, and for a person of no Caf (after {@code sansCaf} told him).
     */
    boolean ouvrir(Supplier<String> maCaf, Runnable sansCaf) {
        if (code != null) {
            return false;
        }
        code = maCaf.get();
        if (code == null) {
            sansCaf.run();
            return false;
        }
        return true;
    }

    /** The Caf's code, null until the view opens (or for a person of no Caf). */
    String code() {
        return code;
    }
}
