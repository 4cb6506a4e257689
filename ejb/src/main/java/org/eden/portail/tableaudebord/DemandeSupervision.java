package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.time.LocalDate;

/** What a supervision or alerts query asks: a period, a granularity and, optionally, a part of the caller's scope. */
public record DemandeSupervision(LocalDate du, LocalDate au, Supervision.Granularite granularite, Long organisme, String caf)
        implements Serializable {

    @Override
    public String toString() {
        return du + ".." + au + (organisme != null ? " organisme " + organisme : "") + (caf != null ? " Caf " + caf : "");
    }
}
