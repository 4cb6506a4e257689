package org.eden.portail.tableaudebord;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.eden.portail.shared.Horloge;
import org.eden.portail.shared.Noeud;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loading a vintage's monthly file (R-TDB-6), by a Cnaf agent ({@code tdbimport:charger}): every
 * line checked, then the totals, then — only if nothing is refused — the vintage's month replaced
 * in one transaction. A refused file leaves the store as it was, and the report names the lines.
 * The screen launches it in the background and follows its progress; the API and the commands
 * call {@link #importer} directly.
 */
@Stateless
public class ImportStatistiquesService {

    static final String IMPORT = "IMPORT_STATISTIQUES_TDB";
    static final String LANCEMENT = "LANCEMENT_IMPORT_STATISTIQUES_TDB";
    static final String CIBLE = "FICHIER_STATISTIQUES";
    /** A monthly file is about 2 MB; beyond 20 MB it is not one. */
    public static final int TAILLE_MAX = 20 * 1024 * 1024;
    private static final DateTimeFormatter MOIS_FR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    @Inject
    EntrepotStatistiques entrepot;

    @Inject
    SuivisImports suivis;

    @Inject
    Event<ImportStatistiquesLance> lancements;

    @Inject
    Event<StatistiquesChargees> chargees;

    @Inject
    Clock horloge;

    /**
     * Checks and loads a file, in the caller's transaction.
     *
     * @param attendu      the vintage the agent said he loads, or null
     * @param moisAttendu  the month he said, or null
     * @param suiviId      the progress to update, or null
     */
    @ActionTracee(value = IMPORT, cible = CIBLE)
    public RapportImport importer(String fichier, byte[] contenu, Millesime attendu, YearMonth moisAttendu, String suiviId) {
        SecurityUtils.getSubject().checkPermission(PermissionsTableauDeBord.IMPORTER);
        if (contenu == null || contenu.length == 0) {
            throw new RegleMetierException("R-TDB-6", "Le fichier est vide.");
        }
        if (contenu.length > TAILLE_MAX) {
            throw new RegleMetierException("R-TDB-6", "Le fichier dépasse 20 Mo : ce n'est pas le fichier mensuel d'un millésime.");
        }
        int lignesTotales = Math.max(1, (int) new String(contenu, StandardCharsets.UTF_8).lines().count() - 1);
        FichierStatistiques.Lecture lecture;
        try (BufferedReader lecteur = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(contenu), StandardCharsets.UTF_8))) {
            lecture = FichierStatistiques.lire(lecteur, n -> avancer(suiviId, 40 * n / lignesTotales, "Lecture des lignes (" + n + ")", n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CoherenceStatistiques.Refus> refus = new ArrayList<>(lecture.refus());
        YearMonth courant = YearMonth.now(horloge.withZone(Horloge.FUSEAU));
        if (lecture.millesime() != null) {
            if (attendu != null && lecture.millesime() != attendu || moisAttendu != null && !moisAttendu.equals(lecture.mois())) {
                refus.add(0, new CoherenceStatistiques.Refus(2, "R-TDB-6 : le fichier est celui de " + lecture.millesime() + " "
                        + lecture.mois() + ", pas de " + (attendu == null ? lecture.millesime() : attendu) + " "
                        + (moisAttendu == null ? lecture.mois() : moisAttendu) + " annoncé."));
            }
            if (!lecture.millesime().paruEn(lecture.mois(), courant)) {
                refus.add(0, new CoherenceStatistiques.Refus(2, "R-TDB-6 : le millésime " + lecture.millesime() + " de "
                        + lecture.mois().format(MOIS_FR) + " ne paraît qu'en " + lecture.mois().plusMonths(lecture.millesime().getDelaiMois()).format(MOIS_FR) + "."));
            }
        }
        if (refus.isEmpty()) {
            avancer(suiviId, 45, "Contrôle des totaux", lecture.lignes().size() + lecture.refus().size());
            refus.addAll(CoherenceStatistiques.controler(lecture.lignes()));
        }
        RapportImport rapport;
        if (refus.isEmpty()) {
            avancer(suiviId, 60, "Écriture des " + lecture.lignes().size() + " valeurs", lecture.lignes().size());
            String auteur = String.valueOf(SecurityUtils.getSubject().getPrincipal());
            List<Statistique> figures = lecture.lignes().stream().map(CoherenceStatistiques.Ligne::statistique).toList();
            int seuil = SecretStatistique.seuil();
            Set<String> secrets = SecretStatistique.secretsDuChargement(figures, seuil);
            entrepot.remplacer(new Chargement(lecture.millesime(), lecture.mois(), lecture.lignes().size(), horloge.instant(), auteur, fichier),
                    figures, s -> secrets.contains(s.cle()), seuil);
            chargees.fire(new StatistiquesChargees(lecture.millesime(), lecture.mois()));
            rapport = new RapportImport(fichier, lecture.millesime(), lecture.mois(), lecture.lignes().size() + lecture.refus().size(),
                    lecture.lignes().size(), List.of(), 0);
        } else {
            rapport = new RapportImport(fichier, lecture.millesime(), lecture.mois(), lecture.lignes().size() + lecture.refus().size()
                    + lecture.refusNonDetailles(), 0, refus.stream().limit(500).toList(), lecture.refusNonDetailles() + Math.max(0, refus.size() - 500));
        }
        return rapport;
    }

    /** Launches the import of a file in the background (the screen's way); its progress is read with {@link #suivi}. */
    @ActionTracee(value = LANCEMENT, cible = CIBLE)
    public String lancer(String fichier, byte[] contenu, Millesime attendu, YearMonth moisAttendu) {
        SecurityUtils.getSubject().checkPermission(PermissionsTableauDeBord.IMPORTER);
        String auteur = String.valueOf(SecurityUtils.getSubject().getPrincipal());
        SuiviImport suivi = suivis.nouveau(fichier, auteur, Noeud.nom());
        lancements.fire(new ImportStatistiquesLance(suivi.getId(), fichier, auteur, attendu, moisAttendu, contenu));
        return suivi.getId();
    }

    /** The progress of an import its caller launched, as the database has it (whichever node runs it). */
    public SuiviImport suivi(String id) {
        SecurityUtils.getSubject().checkPermission(PermissionsTableauDeBord.IMPORTER);
        SuiviImport suivi = suivis.suivi(id).orElseThrow(() -> new RegleMetierException("R-TDB-6", "Import inconnu."));
        if (!suivi.getLancePar().equals(String.valueOf(SecurityUtils.getSubject().getPrincipal()))) {
            throw new RegleMetierException("R-TDB-6", "Cet import a été lancé par un autre agent.");
        }
        return suivi;
    }

    /** In a transaction of its own: the progress bar sees it while the import's transaction runs. */
    private void avancer(String suiviId, int pourcentage, String etape, int lignesLues) {
        if (suiviId != null) {
            suivis.avancer(suiviId, pourcentage, etape, lignesLues);
        }
    }
}
