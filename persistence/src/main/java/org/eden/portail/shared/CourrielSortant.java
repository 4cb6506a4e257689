package org.eden.portail.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One mail of the outbox (table courriel_sortant): written in the transaction of the action that
 * asks for it, sent after the commit, retried until sent or given up. Its Message-ID is fixed at
 * creation, so a mail sent twice (a node dying between the send and its record) is recognisable as
 * one. The bodies may hold a provisional password: {@link #envoye} blanks them, and
 * {@link #toString()} never shows them.
 */
@Entity
@Table(name = "courriel_sortant")
public class CourrielSortant extends Entite {

    private static final long serialVersionUID = 1L;

    public enum Etat { A_ENVOYER, EN_ENVOI, ENVOYE, ECHEC }

    @Column(name = "message_id", nullable = false, updatable = false, length = 200)
    private String messageId;

    @Column(nullable = false, updatable = false, length = 320)
    private String destinataire;

    @Column(nullable = false, updatable = false, length = 500)
    private String objet;

    @Column(length = 100000)
    private String texte;

    @Column(length = 100000)
    private String html;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Etat etat;

    @Column(nullable = false)
    private int tentatives;

    @Column(name = "cree_le", nullable = false, updatable = false)
    private Instant creeLe;

    @Column(name = "prochain_essai")
    private Instant prochainEssai;

    @Column(name = "bail_jusqu_a")
    private Instant bailJusqua;

    @Column(name = "envoye_le")
    private Instant envoyeLe;

    @Column(name = "derniere_cause", length = 500)
    private String derniereCause;

    protected CourrielSortant() {
    }

    public CourrielSortant(String destinataire, String objet, String texte, String html, Instant le) {
        this.messageId = "<" + UUID.randomUUID() + ".courriel@mon-compte-partenaire.eden>";
        this.destinataire = Objects.requireNonNull(destinataire);
        this.objet = Objects.requireNonNull(objet);
        this.texte = Objects.requireNonNull(texte);
        this.html = Objects.requireNonNull(html);
        this.creeLe = Objects.requireNonNull(le);
        this.etat = Etat.A_ENVOYER;
        this.prochainEssai = le;
    }

    /** Sent: the bodies go (they may hold a password); recipient, subject and dates stay for the record. */
    public void envoye(Instant le) {
        etat = Etat.ENVOYE;
        envoyeLe = le;
        texte = null;
        html = null;
        bailJusqua = null;
        prochainEssai = null;
    }

    /** A failed attempt: another at {@code prochain}, or none ({@code null}: given up). */
    public void echoue(String cause, Instant prochain) {
        derniereCause = Textes.tronquer(cause, 500);
        etat = prochain == null ? Etat.ECHEC : Etat.A_ENVOYER;
        prochainEssai = prochain;
        bailJusqua = null;
    }

    /** "Renvoyer": a given-up mail goes back to the outbox for a new series of attempts, now. */
    public void renvoyer(Instant le) {
        if (etat != Etat.ECHEC) {
            throw new IllegalStateException("Seul un courriel en échec se renvoie");
        }
        etat = Etat.A_ENVOYER;
        tentatives = 0;
        prochainEssai = le;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getDestinataire() {
        return destinataire;
    }

    public String getObjet() {
        return objet;
    }

    public String getTexte() {
        return texte;
    }

    public String getHtml() {
        return html;
    }

    public Etat getEtat() {
        return etat;
    }

    public int getTentatives() {
        return tentatives;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public Instant getProchainEssai() {
        return prochainEssai;
    }

    public Instant getEnvoyeLe() {
        return envoyeLe;
    }

    public String getDerniereCause() {
        return derniereCause;
    }

    @Override
    public String toString() {
        return "Courriel[n° " + getId() + " à " + destinataire + ", « " + objet + " »]";
    }
}
