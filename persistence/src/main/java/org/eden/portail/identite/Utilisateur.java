package org.eden.portail.identite;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.OrganismePartenaire;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's account. Partner users belong to one organisation (one account per person and per
 * organisation, R-HAB-1); Caf staff to one Caf; Cnaf agents to neither. The password is kept only
 * as a slow salted hash (R-PWD-5).
 */
@Entity
@Table(name = "utilisateur")
public class Utilisateur extends Entite {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String identifiant;

    @Column(nullable = false)
    private String nom;

    @Column(nullable = false)
    private String prenom;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "mot_de_passe_hash", nullable = false)
    private String motDePasseHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatutCompte statut;

    @Column(name = "derniere_connexion")
    private Instant derniereConnexion;

    @Column(name = "cree_le", nullable = false, updatable = false)
    private Instant creeLe;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "caf_id")
    private Caf caf;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisme_id")
    private OrganismePartenaire organisme;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "utilisateur_role_caf", joinColumns = @JoinColumn(name = "utilisateur_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30, nullable = false)
    private Set<RoleCaf> rolesCaf = EnumSet.noneOf(RoleCaf.class);

    protected Utilisateur() {
    }

    private Utilisateur(String identifiant, String nom, String prenom, String email, String motDePasseHash,
                        StatutCompte statut, Instant creeLe) {
        this.identifiant = Objects.requireNonNull(identifiant).toUpperCase();
        this.nom = Objects.requireNonNull(nom);
        this.prenom = Objects.requireNonNull(prenom);
        this.email = Objects.requireNonNull(email);
        this.motDePasseHash = Objects.requireNonNull(motDePasseHash);
        this.statut = statut;
        this.creeLe = creeLe;
    }

    /** A member of a Caf's staff with the given back-office roles. */
    public static Utilisateur agentCaf(Caf caf, String identifiant, String nom, String prenom, String email,
                                       String motDePasseHash, Instant creeLe, Set<RoleCaf> roles) {
        Utilisateur u = new Utilisateur(identifiant, nom, prenom, email, motDePasseHash, StatutCompte.ACTIF, creeLe);
        u.caf = Objects.requireNonNull(caf);
        u.rolesCaf = EnumSet.copyOf(roles);
        return u;
    }

    /** A Cnaf agent: national scope, attached to no Caf. */
    public static Utilisateur agentCnaf(String identifiant, String nom, String prenom, String email,
                                        String motDePasseHash, Instant creeLe) {
        Utilisateur u = new Utilisateur(identifiant, nom, prenom, email, motDePasseHash, StatutCompte.ACTIF, creeLe);
        u.rolesCaf = EnumSet.of(RoleCaf.AGENT_CNAF);
        return u;
    }

    /** A partner's user, who starts with a provisional password. */
    public static Utilisateur partenaire(OrganismePartenaire organisme, String identifiant, String nom, String prenom,
                                         String email, String motDePasseHash, Instant creeLe) {
        Utilisateur u = new Utilisateur(identifiant, nom, prenom, email, motDePasseHash, StatutCompte.PROVISOIRE, creeLe);
        u.organisme = Objects.requireNonNull(organisme);
        u.caf = organisme.getCaf();
        return u;
    }

    public boolean peutSeConnecter() {
        return statut != StatutCompte.SUSPENDU;
    }

    /**
     * Records a successful login and answers the previous one, which the welcome page shows
     * (R-AUTH-3); empty on a first login.
     */
    public Optional<Instant> enregistrerConnexion(Instant maintenant) {
        Optional<Instant> precedente = Optional.ofNullable(derniereConnexion);
        derniereConnexion = maintenant;
        return precedente;
    }

    public void changerMotDePasse(String nouveauHash) {
        this.motDePasseHash = Objects.requireNonNull(nouveauHash);
        if (statut == StatutCompte.PROVISOIRE) {
            statut = StatutCompte.ACTIF;
        }
    }

    public boolean estAgentCaf() {
        return !rolesCaf.isEmpty();
    }

    public String getNomComplet() {
        return prenom + " " + nom;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public String getNom() {
        return nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public String getEmail() {
        return email;
    }

    public String getMotDePasseHash() {
        return motDePasseHash;
    }

    public StatutCompte getStatut() {
        return statut;
    }

    public Instant getDerniereConnexion() {
        return derniereConnexion;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public Caf getCaf() {
        return caf;
    }

    public OrganismePartenaire getOrganisme() {
        return organisme;
    }

    public Set<RoleCaf> getRolesCaf() {
        return Collections.unmodifiableSet(rolesCaf);
    }
}
