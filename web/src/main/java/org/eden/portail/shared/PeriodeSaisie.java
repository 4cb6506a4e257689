package org.eden.portail.shared;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A period typed on a screen, in whole days: from {@code du} to {@code au} included, an empty bound
 * meaning "no bound". The screens that filter by period (traces, changements AFAS, supervision,
 * alertes) hold one, so that their bounds are checked and turned into instants (Paris time) the
 * same way; the pages bind {@code #{bean.periode.du}} and {@code #{bean.periode.au}}.
 */
public final class PeriodeSaisie implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate du;
    private LocalDate au;

    /** The {@code jours} last days, today included. */
    public void derniersJours(LocalDate aujourdhui, int jours) {
        au = aujourdhui;
        du = aujourdhui.minusDays(jours - 1L);
    }

    public void effacer() {
        du = null;
        au = null;
    }

    /** The end precedes the start: no day can be in it. */
    public boolean isVide() {
        return du != null && au != null && au.isBefore(du);
    }

    /** The first instant of the period, null without a start. */
    public Instant debut() {
        return du == null ? null : du.atStartOfDay(Fuseau.PARIS).toInstant();
    }

    /** The first instant after the period (its last day included), null without an end. */
    public Instant finExclue() {
        return au == null ? null : au.plusDays(1).atStartOfDay(Fuseau.PARIS).toInstant();
    }

    /** The name of an export of the period: {@code alertes-2026-11-01-2026-11-30}. */
    public String nomFichier(String prefixe) {
        return prefixe + "-" + du + "-" + au;
    }

    public LocalDate getDu() {
        return du;
    }

    public void setDu(LocalDate du) {
        this.du = du;
    }

    public LocalDate getAu() {
        return au;
    }

    public void setAu(LocalDate au) {
        this.au = au;
    }
}
