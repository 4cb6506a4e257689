package org.eden.portail.trace;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Tuile;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles of the trace context's screens. */
@ApplicationScoped
public class TuilesTraces extends TuilesDuContexte {

    public TuilesTraces() {
        super(30,
                new Tuile("Traces", "Qui a fait quoi, quand et d'où : consulter, filtrer, exporter.",
                        "pi pi-history", "/trace/traces.xhtml", PermissionsTraces.ECRAN_TRACES));
    }
}
