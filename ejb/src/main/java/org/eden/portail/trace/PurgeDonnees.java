package org.eden.portail.trace;

import java.time.Instant;

/** One run of a {@link DonneesRetenues} purge, as its trace tells it. */
public record PurgeDonnees(String code, Instant limite, long nombre) implements ResultatTracable {

    @Override
    public String detailTrace() {
        return nombre + " supprimée(s) avant " + limite;
    }
}
