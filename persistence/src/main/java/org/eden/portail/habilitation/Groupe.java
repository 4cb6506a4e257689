package org.eden.portail.habilitation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A group (or sub-group) of a partner organisation's tree. A group carries roles — (service,
 * profile) pairs — and every user attached to it holds them (specification §1, R-HAB-2). Its parent is
 * in the same organisation; a group never moves, so the tree never gets a cycle.
 */
@Entity
@Table(name = "groupe_habilitation")
public class Groupe extends Entite {

    private static final long serialVersionUID = 1L;
    static final int LONGUEUR_NOM = 100;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisme_id", nullable = false, updatable = false)
    private OrganismePartenaire organisme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private Groupe parent;

    @Column(nullable = false, length = LONGUEUR_NOM)
    private String nom;

    @Column(name = "cree_le", nullable = false, updatable = false)
    private Instant creeLe;

    @Column(name = "cree_par", nullable = false, length = 20, updatable = false)
    private String creePar;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_groupe", joinColumns = @JoinColumn(name = "groupe_id"))
    private Set<RoleGroupe> roles = new HashSet<>();

    protected Groupe() {
    }

    private Groupe(OrganismePartenaire organisme, Groupe parent, String nom, String creePar, Instant creeLe) {
        this.organisme = Objects.requireNonNull(organisme);
        this.parent = parent;
        this.nom = nomValide(nom);
        this.creePar = Objects.requireNonNull(creePar);
        this.creeLe = Objects.requireNonNull(creeLe);
    }

    /** A root group of the organisation's tree. */
    public static Groupe racine(OrganismePartenaire organisme, String nom, String creePar, Instant le) {
        return new Groupe(organisme, null, nom, creePar, le);
    }

    /** A sub-group of this one, in the same organisation. */
    public Groupe creerSousGroupe(String nomSousGroupe, String creePar, Instant le) {
        return new Groupe(organisme, this, nomSousGroupe, creePar, le);
    }

    public void renommer(String nouveauNom) {
        this.nom = nomValide(nouveauNom);
    }

    /** Adds a role; true when the group did not carry it yet. The bulletin check is the caller's (R-HAB-2). */
    public boolean attribuerRole(RoleGroupe role) {
        return roles.add(Objects.requireNonNull(role));
    }

    public boolean retirerRole(RoleGroupe role) {
        return roles.remove(role);
    }

    public boolean porte(RoleGroupe role) {
        return roles.contains(role);
    }

    /** R-HAB-5: whether this group is {@code ancetre} itself or one of its descendants. */
    public boolean estDansLeSousArbreDe(Groupe ancetre) {
        for (Groupe g = this; g != null; g = g.parent) {
            if (g.equals(ancetre)) {
                return true;
            }
        }
        return false;
    }

    /** R-HAB-5: a strict descendant of {@code ancetre} (a sub-group of his, not his own group). */
    public boolean estSousGroupeDe(Groupe ancetre) {
        return parent != null && parent.estDansLeSousArbreDe(ancetre);
    }

    /** The names from the root down to this group, e.g. "Action sociale › Accueil". */
    public String getChemin() {
        return parent == null ? nom : parent.getChemin() + " › " + nom;
    }

    private static String nomValide(String nom) {
        if (nom == null || nom.isBlank()) {
            throw new RegleMetierException("R-HAB-2", "Le nom du groupe est obligatoire.");
        }
        String propre = nom.trim().replaceAll("\\s+", " ");
        if (propre.length() > LONGUEUR_NOM) {
            throw new RegleMetierException("R-HAB-2", "Le nom du groupe ne dépasse pas " + LONGUEUR_NOM + " caractères.");
        }
        return propre;
    }

    public OrganismePartenaire getOrganisme() {
        return organisme;
    }

    public Groupe getParent() {
        return parent;
    }

    public String getNom() {
        return nom;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public String getCreePar() {
        return creePar;
    }

    public Set<RoleGroupe> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
