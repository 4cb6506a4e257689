package org.eden.portail.tableaudebord;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Folds a run of sealed traces into the supervision's counts (R-TDB-2, R-TDB-7): what the job adds
 * to the aggregate tables. Only the successful actions of partners' users count; the day and hour
 * are those of metropolitan France. A file is "at night" when opened before {@link #DEBUT_JOURNEE}
 * or from {@link #FIN_JOURNEE} o'clock, "of another Caf" when the Caf of the file searched is not
 * the user's organisation's.
 */
public final class PliageTraces {

    public static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");
    public static final int DEBUT_JOURNEE = 7;
    public static final int FIN_JOURNEE = 20;

    public static final String CONNEXION = "CONNEXION";
    public static final String CONNEXION_CDAP = "CONNEXION_CDAP";
    public static final String DOSSIER_CDAP = "DOSSIER_CDAP";
    public static final String SECTION = "SECTION_";
    static final String ACTION_CONNEXION = "CONNEXION";
    static final String ACTION_RECHERCHE = "CDAP_RECHERCHE";
    static final String ACTION_SECTION = "CDAP_SECTION";

    public record CleActivite(LocalDate jour, String codeCaf, long organismeId, String nature) {
    }

    public record CleUtilisateur(LocalDate jour, String identifiant) {
    }

    /** A session (or, without one, a user) that used CDAP on a day: counted once as a CDAP connection. */
    public record SessionCdap(LocalDate jour, String cle, String codeCaf, long organismeId) {
    }

    public static final class Compteurs {
        final long organismeId;
        final String codeCaf;
        int connexions;
        int dossiers;
        int dossiersNuit;
        int dossiersAutreCaf;

        Compteurs(long organismeId, String codeCaf) {
            this.organismeId = organismeId;
            this.codeCaf = codeCaf;
        }

        public int connexions() {
            return connexions;
        }

        public int dossiers() {
            return dossiers;
        }

        public int dossiersNuit() {
            return dossiersNuit;
        }

        public int dossiersAutreCaf() {
            return dossiersAutreCaf;
        }
    }

    private final Map<CleActivite, Long> activite = new LinkedHashMap<>();
    private final Map<CleUtilisateur, Compteurs> utilisateurs = new LinkedHashMap<>();
    private final Map<String, SessionCdap> sessionsCdap = new LinkedHashMap<>();

    public void plier(TraceLue t) {
        if (!"SUCCES".equals(t.resultat()) || t.organismeId() == null || t.identifiant() == null || t.codeCaf() == null) {
            return;
        }
        ZonedDateTime heure = t.horodatage().atZone(FUSEAU);
        LocalDate jour = heure.toLocalDate();
        switch (t.action()) {
            case ACTION_CONNEXION -> {
                ajouter(jour, t, CONNEXION);
                utilisateur(jour, t).connexions++;
            }
            case ACTION_RECHERCHE -> {
                ajouter(jour, t, DOSSIER_CDAP);
                Compteurs c = utilisateur(jour, t);
                c.dossiers++;
                if (heure.getHour() < DEBUT_JOURNEE || heure.getHour() >= FIN_JOURNEE) {
                    c.dossiersNuit++;
                }
                String cafDuDossier = t.cibleId() == null ? null : t.cibleId().split("/", 2)[0];
                if (cafDuDossier != null && !cafDuDossier.equals(t.codeCaf())) {
                    c.dossiersAutreCaf++;
                }
                session(jour, t);
            }
            case ACTION_SECTION -> {
                String section = section(t.detail());
                if (section != null) {
                    ajouter(jour, t, SECTION + section);
                }
                session(jour, t);
            }
            default -> {
                // Other actions are not supervised.
            }
        }
    }

    /** The section read, from the trace's detail {@code profil=T2 section=DROITS…}. */
    static String section(String detail) {
        if (detail == null) {
            return null;
        }
        int debut = detail.indexOf("section=");
        if (debut < 0) {
            return null;
        }
        String reste = detail.substring(debut + "section=".length());
        int fin = reste.indexOf(' ');
        String section = fin < 0 ? reste : reste.substring(0, fin);
        return section.matches("[A-Z_]{1,30}") ? section : null;
    }

    private void ajouter(LocalDate jour, TraceLue t, String nature) {
        activite.merge(new CleActivite(jour, t.codeCaf(), t.organismeId(), nature), 1L, Long::sum);
    }

    private Compteurs utilisateur(LocalDate jour, TraceLue t) {
        return utilisateurs.computeIfAbsent(new CleUtilisateur(jour, t.identifiant()), k -> new Compteurs(t.organismeId(), t.codeCaf()));
    }

    private void session(LocalDate jour, TraceLue t) {
        String cle = t.sessionHash() != null ? t.sessionHash() : "u:" + t.identifiant();
        sessionsCdap.putIfAbsent(jour + "|" + cle, new SessionCdap(jour, cle, t.codeCaf(), t.organismeId()));
    }

    public Map<CleActivite, Long> activite() {
        return activite;
    }

    public Map<CleUtilisateur, Compteurs> utilisateurs() {
        return utilisateurs;
    }

    public Iterable<SessionCdap> sessionsCdap() {
        return sessionsCdap.values();
    }
}
