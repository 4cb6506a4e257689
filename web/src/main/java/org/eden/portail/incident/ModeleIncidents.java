package org.eden.portail.incident;

import org.primefaces.model.FilterMeta;
import org.eden.portail.shared.ModeleParCle;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * A lazy list of incidents: each page is one call of the service, which counts and reads in the
 * database. The total is read with the first page; later pages refresh it.
 */
abstract class ModeleIncidents extends ModeleParCle<IncidentVue> {

    private static final long serialVersionUID = 1L;

    private Integer total;
    private PageIncidents premiere;
    private int taillePremiere;

    /** The service call for one page. */
    abstract PageIncidents page(int debut, int taille);

    @Override
    public int count(Map<String, FilterMeta> filtres) {
        if (total == null) {
            taillePremiere = 20;
            premiere = page(0, taillePremiere);
            total = (int) premiere.total();
        }
        return total;
    }

    @Override
    public List<IncidentVue> load(int debut, int taille, Map<String, SortMeta> tris, Map<String, FilterMeta> filtres) {
        PageIncidents page = premiere != null && debut == 0 && taille == taillePremiere ? premiere : page(debut, taille);
        premiere = null;
        total = (int) page.total();
        setRowCount(total);
        return page.incidents();
    }

    @Override
    protected String cle(IncidentVue incident) {
        return String.valueOf(incident.id());
    }

    void oublier() {
        total = null;
        premiere = null;
    }
}
