package org.eden.portail.trace;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One trace as the reading screen and the CSV export show it (a JavaBean: Faces' EL reads getters).
 * Read from a row of {@link RequeteTraces}, never managed by JPA: an export of millions of rows
 * leaves nothing behind in the persistence context.
 */
public class LigneTrace implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long rang;
    private final Instant horodatage;
    private final String identifiant;
    private final Long organismeId;
    private final String codeCaf;
    private final String profil;
    private final String action;
    private final String cibleType;
    private final String cibleId;
    private final ResultatTrace resultat;
    private final String detail;
    private final String ip;
    private final String sessionHash;

    public LigneTrace(long rang, Instant horodatage, String identifiant, Long organismeId, String codeCaf, String profil,
                      String action, String cibleType, String cibleId, ResultatTrace resultat, String detail, String ip,
                      String sessionHash) {
        this.rang = rang;
        this.horodatage = horodatage;
        this.identifiant = identifiant;
        this.organismeId = organismeId;
        this.codeCaf = codeCaf;
        this.profil = profil;
        this.action = action;
        this.cibleType = cibleType;
        this.cibleId = cibleId;
        this.resultat = resultat;
        this.detail = detail;
        this.ip = ip;
        this.sessionHash = sessionHash;
    }

    /** A row of {@link RequeteTraces#COLONNES}, in that order. */
    public static LigneTrace de(Object[] c) {
        return new LigneTrace(((Number) c[0]).longValue(), instant(c[1]), (String) c[2],
                c[3] == null ? null : ((Number) c[3]).longValue(), (String) c[4], (String) c[5], (String) c[6],
                (String) c[7], (String) c[8], ResultatTrace.valueOf(((String) c[9]).trim()), (String) c[10],
                (String) c[11], (String) c[12]);
    }

    static Instant instant(Object valeur) {
        if (valeur == null) {
            return null;
        }
        if (valeur instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (valeur instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (valeur instanceof Instant i) {
            return i;
        }
        if (valeur instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalArgumentException("Horodatage de type inattendu : " + valeur.getClass());
    }

    public long getRang() {
        return rang;
    }

    public Instant getHorodatage() {
        return horodatage;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public Long getOrganismeId() {
        return organismeId;
    }

    public String getCodeCaf() {
        return codeCaf;
    }

    public String getProfil() {
        return profil;
    }

    public String getAction() {
        return action;
    }

    public String getCibleType() {
        return cibleType;
    }

    public String getCibleId() {
        return cibleId;
    }

    public ResultatTrace getResultat() {
        return resultat;
    }

    public String getDetail() {
        return detail;
    }

    public String getIp() {
        return ip;
    }

    public String getSessionHash() {
        return sessionHash;
    }
}
