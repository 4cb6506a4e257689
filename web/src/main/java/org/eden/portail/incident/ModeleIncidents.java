package org.eden.portail.incident;

import org.eden.portail.shared.ModelePremierePage;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * A lazy list of incidents: each page is one call of the service, which counts and reads in the
 * database. The lists have no sortable column: the order is always the service's.
 */
abstract class ModeleIncidents extends ModelePremierePage<IncidentVue, PageIncidents> {

    private static final long serialVersionUID = 1L;

    ModeleIncidents() {
        super(20);
    }

    /** The service call for one page. */
    abstract PageIncidents page(int debut, int taille);

    @Override
    protected final PageIncidents page(int debut, int taille, Map<String, SortMeta> tris) {
        return page(debut, taille);
    }

    @Override
    protected int total(PageIncidents page) {
        return (int) page.total();
    }

    @Override
    protected List<IncidentVue> lignes(PageIncidents page) {
        return page.incidents();
    }

    @Override
    protected String cle(IncidentVue incident) {
        return String.valueOf(incident.id());
    }
}
