package org.eden.portail.habilitation;

import org.eden.portail.trace.ResultatTracable;

import java.io.Serializable;
import java.util.List;

/**
 * A group of the tree as the screens show it: its place, its roles, its members and responsables.
 * {@code chemin}: "Action sociale › Accueil"; {@code profondeur}: 0 for a root group; {@code roles}:
 * "CDAP T2", "AFAS APPROBATEUR"…; {@code membres}: the identifiers of the users attached to this group
 * (not to its sub-groups); {@code responsables}: those of the responsables des habilitations appointed on it.
 */
public record GroupeVue(Long id, Long parentId, Long organismeId, String nom, String chemin, int profondeur, List<String> roles,
                        List<String> membres, List<String> responsables) implements Serializable, ResultatTracable {

    GroupeVue(Groupe g, List<String> membres, List<String> responsables) {
        this(g.getId(), g.getParent() == null ? null : g.getParent().getId(), g.getOrganisme().getId(), g.getNom(), g.getChemin(),
                profondeur(g), g.getRoles().stream().sorted().map(RoleGroupe::toString).toList(), List.copyOf(membres),
                List.copyOf(responsables));
    }

    private static int profondeur(Groupe g) {
        int p = 0;
        for (Groupe a = g.getParent(); a != null; a = a.getParent()) {
            p++;
        }
        return p;
    }

    @Override
    public String cibleTrace() {
        return id == null ? null : id.toString();
    }
}
