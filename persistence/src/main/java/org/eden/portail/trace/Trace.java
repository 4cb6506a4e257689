package org.eden.portail.trace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eden.portail.shared.Textes;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One traced action (R-TRACE-1): who, what, on what, when, from where, with which result. A trace
 * is written once and never changed: it has no setter, no version, and the only way out of the
 * table is the retention purge.
 * <p>
 * Traces form a hash chain: {@code hash = SHA-256(hashPrecedent + contenuCanonique())}, where
 * {@code hashPrecedent} is the hash of the trace of rang − 1. Changing, removing or inserting a
 * row anywhere breaks the chain from that row on; see {@link VerificateurChaine}.
 * <p>
 * A trace is written first <em>en attente</em>: its content and its {@code id}, no rang, no hash. The
 * action that writes it thus waits on no shared lock. Shortly after its commit the sealer
 * ({@code ScelleurTraces}) gives it, in a batch and under the chain head's lock, its rang, the
 * previous hash and its own hash, once: sealing is the only update a trace ever knows (on
 * PostgreSQL the schema refuses any other, see V21__ScellementDesTraces).
 */
@Entity
@Table(name = "trace")
public class Trace implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The previous hash of the very first trace. */
    public static final String GENESE = "0".repeat(64);

    /** The order of writing (a sequence), which is also the order of sealing. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trace_seq")
    @SequenceGenerator(name = "trace_seq", sequenceName = "trace_seq", allocationSize = 50)
    private Long id;

    /** The position in the chain: null while the trace waits to be sealed. */
    private Long rang;

    @Column(nullable = false)
    private Instant horodatage;

    @Column(length = 20)
    private String identifiant;

    @Column(name = "organisme_id")
    private Long organismeId;

    @Column(name = "code_caf", length = 3)
    private String codeCaf;

    @Column(length = 100)
    private String profil;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "cible_type", length = 40)
    private String cibleType;

    @Column(name = "cible_id", length = 100)
    private String cibleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ResultatTrace resultat;

    @Column(length = 200)
    private String detail;

    @Column(length = 45)
    private String ip;

    /** SHA-256 of the HTTP session id: links the actions of one session, never lets anyone reuse it. */
    @Column(name = "session_hash", length = 64)
    private String sessionHash;

    @Column(name = "hash_precedent", length = 64)
    private String hashPrecedent;

    @Column(length = 64)
    private String hash;

    protected Trace() {
    }

    /**
     * A trace waiting to be sealed. The time is cut to the millisecond: both databases keep it
     * exactly, so the hash computed at sealing is the one recomputed from the stored row.
     */
    public Trace(Instant horodatage, Acteur acteur, String action, String cibleType, String cibleId,
                 ResultatTrace resultat, String detail) {
        this.horodatage = horodatage.truncatedTo(ChronoUnit.MILLIS);
        this.identifiant = acteur.identifiant();
        this.organismeId = acteur.organismeId();
        this.codeCaf = acteur.codeCaf();
        this.profil = Textes.tronquer(acteur.profil(), 100);
        this.ip = Textes.tronquer(acteur.ip(), 45);
        this.sessionHash = acteur.sessionHash();
        this.action = action;
        this.cibleType = cibleType;
        this.cibleId = Textes.tronquer(cibleId, 100);
        this.resultat = resultat;
        this.detail = Textes.tronquer(detail, 200);
    }

    /** Seals this trace at position {@code rang} after the trace whose hash is {@code hashPrecedent}. */
    void sceller(long rang, String hashPrecedent) {
        if (this.rang != null) {
            throw new IllegalStateException("Trace déjà scellée au rang " + this.rang);
        }
        this.rang = rang;
        this.hashPrecedent = hashPrecedent;
        this.hash = hashAttendu();
    }

    public boolean scellee() {
        return rang != null;
    }

    /** Who acted, and from where: what the trace keeps of the person and of the request. */
    public record Acteur(String identifiant, Long organismeId, String codeCaf, String profil, String ip,
                         String sessionHash) implements Serializable {
    }

    /**
     * Every field but the hashes, each as {@code length:value} (or {@code -} for null) so that no
     * two different contents give the same text, whatever characters the values hold.
     */
    String contenuCanonique() {
        StringBuilder texte = new StringBuilder();
        for (Object champ : new Object[]{rang, horodatage.toEpochMilli(), identifiant, organismeId, codeCaf, profil,
                action, cibleType, cibleId, resultat.name(), detail, ip, sessionHash}) {
            if (champ == null) {
                texte.append('-');
            } else {
                String valeur = champ.toString();
                texte.append(valeur.length()).append(':').append(valeur);
            }
            texte.append('|');
        }
        return texte.toString();
    }

    /** The hash this trace must have, recomputed from its content and its stored previous hash. */
    public String hashAttendu() {
        return sha256(hashPrecedent + contenuCanonique());
    }

    public static String sha256(String texte) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(texte.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est exigé de toute JVM", e);
        }
    }

    // No getter of the content: a trace is read through LigneTrace, the read model of the screen and
    // the export (RequeteTraces), never as a managed entity. What is here serves the hash chain.

    public Long getId() {
        return id;
    }

    /** The rang of a sealed trace (see {@link #scellee()}). */
    public long getRang() {
        return rang;
    }

    public Instant getHorodatage() {
        return horodatage;
    }

    public String getHashPrecedent() {
        return hashPrecedent;
    }

    public String getHash() {
        return hash;
    }
}
