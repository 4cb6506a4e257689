package org.eden.portail.trace;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Tuile;
import org.eden.portail.shared.TuilesDuContexte;

import java.util.List;

/** The home tiles of the trace context's screens. */
@ApplicationScoped
public class TuilesTraces implements TuilesDuContexte {

    @Override
    public int rang() {
        return 30;
    }

    @Override
    public List<Tuile> tuiles() {
        return List.of(
                new Tuile("Traces", "Qui a fait quoi, quand et d'où : consulter, filtrer, exporter.",
                        "pi pi-history", "/trace/traces.xhtml", PermissionsTraces.ECRAN_TRACES));
    }
}
