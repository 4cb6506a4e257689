package org.eden.portail.habilitation;

import org.eden.portail.trace.ResultatTracable;

import java.io.Serializable;
import java.util.List;

/** A group of the tree as the screens show it: its place, its roles, its members and responsables. */
public final class GroupeVue implements Serializable, ResultatTracable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final Long parentId;
    private final Long organismeId;
    private final String nom;
    private final String chemin;
    private final int profondeur;
    private final List<String> roles;
    private final List<String> membres;
    private final List<String> responsables;

    GroupeVue(Groupe g, List<String> membres, List<String> responsables) {
        this.id = g.getId();
        this.parentId = g.getParent() == null ? null : g.getParent().getId();
        this.organismeId = g.getOrganisme().getId();
        this.nom = g.getNom();
        this.chemin = g.getChemin();
        int p = 0;
        for (Groupe a = g.getParent(); a != null; a = a.getParent()) {
            p++;
        }
        this.profondeur = p;
        this.roles = g.getRoles().stream().sorted().map(RoleGroupe::toString).toList();
        this.membres = List.copyOf(membres);
        this.responsables = List.copyOf(responsables);
    }

    @Override
    public String cibleTrace() {
        return id == null ? null : id.toString();
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getOrganismeId() {
        return organismeId;
    }

    public String getNom() {
        return nom;
    }

    /** "Action sociale › Accueil". */
    public String getChemin() {
        return chemin;
    }

    /** 0 for a root group. */
    public int getProfondeur() {
        return profondeur;
    }

    /** "CDAP T2", "AFAS APPROBATEUR"… */
    public List<String> getRoles() {
        return roles;
    }

    /** Identifiers of the users attached to this group (not to its sub-groups). */
    public List<String> getMembres() {
        return membres;
    }

    /** Identifiers of the responsables des habilitations appointed on this group. */
    public List<String> getResponsables() {
        return responsables;
    }
}
