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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.Fuseau;
import org.eden.portail.shared.OrganismePartenaire;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
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

    @Column(name = "echecs_consecutifs", nullable = false)
    private int echecsConsecutifs;

    @Column(name = "gele_jusqu_a")
    private Instant geleJusquA;

    @Column(name = "mot_de_passe_change_le", nullable = false)
    private Instant motDePasseChangeLe;

    @Column(name = "changement_force", nullable = false)
    private boolean changementForce;

    @Column(name = "regles_usage_version", length = 20)
    private String reglesUsageVersion;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "mot_de_passe_precedent", joinColumns = @JoinColumn(name = "utilisateur_id"))
    @OrderColumn(name = "rang")
    private List<MotDePassePrecedent> motsDePassePrecedents = new ArrayList<>();

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
        this.motDePasseChangeLe = creeLe;
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
     * Records a successful login to the portal and answers the previous one, which the welcome
     * page shows (R-AUTH-3); empty on a first login.
     */
    public Optional<Instant> enregistrerConnexion(Instant maintenant) {
        Optional<Instant> precedente = Optional.ofNullable(derniereConnexion);
        derniereConnexion = maintenant;
        return precedente;
    }

    /** R-AUTH-1: frozen until a given time after too many consecutive failures. */
    public boolean estGele(Instant maintenant) {
        return geleJusquA != null && maintenant.isBefore(geleJusquA);
    }

    /**
     * Counts one failed login (R-AUTH-1) and answers whether it froze the account. Failures
     * during a freeze neither count nor extend it.
     */
    public boolean enregistrerEchec(Instant maintenant, RegleGel regle) {
        if (estGele(maintenant)) {
            return false;
        }
        echecsConsecutifs++;
        if (echecsConsecutifs >= regle.seuil()) {
            geleJusquA = maintenant.plus(regle.duree());
            echecsConsecutifs = 0;
            return true;
        }
        return false;
    }

    /** Whether a success has something to reset: past failures, or a freeze (expired or not). */
    public boolean aDesEchecsAEffacer() {
        return echecsConsecutifs != 0 || geleJusquA != null;
    }

    /** A success resets the count of consecutive failures (R-AUTH-1). */
    public void authentificationReussie() {
        echecsConsecutifs = 0;
        geleJusquA = null;
    }

    /** R-PWD-2: a provisional password is valid for a limited time after it was issued. */
    public boolean provisoireExpire(Instant maintenant, Duration validite) {
        return statut == StatutCompte.PROVISOIRE && !maintenant.isBefore(motDePasseChangeLe.plus(validite));
    }

    /** R-PWD-3: a personal password expires after the policy's validity, if it has one. */
    public boolean motDePasseExpire(Instant maintenant, Optional<Period> validite) {
        return statut == StatutCompte.ACTIF && validite
                .map(v -> !maintenant.isBefore(motDePasseChangeLe.atZone(Fuseau.PARIS).plus(v).toInstant()))
                .orElse(false);
    }

    /** Whether the next step after login must be a new password (R-AUTH-2, R-PWD-3, R-SESS-3). */
    public boolean doitChangerMotDePasse(Instant maintenant, Optional<Period> validite) {
        return statut == StatutCompte.PROVISOIRE || changementForce || motDePasseExpire(maintenant, validite);
    }

    /**
     * The person's own new password: the current hash goes into the history (R-PWD-4), of which
     * only {@code historiqueConserve} hashes are kept, and a provisional account becomes active.
     */
    public void changerMotDePasse(String nouveauHash, Instant maintenant, int historiqueConserve) {
        remplacerHash(nouveauHash, maintenant, historiqueConserve);
        if (statut == StatutCompte.PROVISOIRE) {
            statut = StatutCompte.ACTIF;
        }
        changementForce = false;
    }

    /** A provisional password issued by a manager or by "mot de passe oublié" (R-PWD-2, R-PWD-6). */
    public void attribuerMotDePasseProvisoire(String hashProvisoire, Instant maintenant, int historiqueConserve) {
        remplacerHash(hashProvisoire, maintenant, historiqueConserve);
        if (statut != StatutCompte.SUSPENDU) {
            statut = StatutCompte.PROVISOIRE;
        }
        authentificationReussie();
    }

    private void remplacerHash(String nouveauHash, Instant maintenant, int historiqueConserve) {
        motsDePassePrecedents.add(0, new MotDePassePrecedent(motDePasseHash, maintenant));
        while (motsDePassePrecedents.size() > Math.max(historiqueConserve, 0)) {
            motsDePassePrecedents.remove(motsDePassePrecedents.size() - 1);
        }
        motDePasseHash = Objects.requireNonNull(nouveauHash);
        motDePasseChangeLe = maintenant;
    }

    /** The current hash and the previous ones, newest first, at most {@code n} (R-PWD-4). */
    public List<String> derniersHash(int n) {
        List<String> hashes = new ArrayList<>();
        hashes.add(motDePasseHash);
        motsDePassePrecedents.stream().map(MotDePassePrecedent::getHash).forEach(hashes::add);
        return List.copyOf(hashes.subList(0, Math.min(Math.max(n, 0), hashes.size())));
    }

    /** R-HAB-7, R-SESS-3: the Caf or a manager makes the next login start with a new password. */
    public void forcerChangementMotDePasse() {
        changementForce = true;
    }

    public void suspendre() {
        statut = StatutCompte.SUSPENDU;
    }

    /**
     * R-HAB-6: the end of a suspension. An account that never logged in is back to its first-login
     * state (its provisional password still expires 24 h after it was issued, R-PWD-2).
     */
    public void reactiver() {
        if (statut == StatutCompte.SUSPENDU) {
            statut = derniereConnexion == null ? StatutCompte.PROVISOIRE : StatutCompte.ACTIF;
        }
    }

    public boolean aAccepte(String versionRegles) {
        return versionRegles.equals(reglesUsageVersion);
    }

    /** Records the acceptance of the usage rules in force (R-AUTH-2). */
    public AcceptationReglesUsage accepterReglesUsage(ReglesUsage regles, Instant maintenant) {
        reglesUsageVersion = regles.getVersion();
        return new AcceptationReglesUsage(this, regles.getVersion(), maintenant);
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

    public int getEchecsConsecutifs() {
        return echecsConsecutifs;
    }

    public Instant getGeleJusquA() {
        return geleJusquA;
    }

    public Instant getMotDePasseChangeLe() {
        return motDePasseChangeLe;
    }

    public boolean isChangementForce() {
        return changementForce;
    }

    public String getReglesUsageVersion() {
        return reglesUsageVersion;
    }

    public Set<RoleCaf> getRolesCaf() {
        return Collections.unmodifiableSet(rolesCaf);
    }
}
