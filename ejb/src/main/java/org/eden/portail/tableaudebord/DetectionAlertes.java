package org.eden.portail.tableaudebord;

import org.eden.portail.tableaudebord.EntrepotSupervision.JourneeUtilisateur;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * R-TDB-7: which users' days of CDAP consultations are atypical. A day is flagged when its files
 * exceed the Caf's threshold, or exceed {@code facteur} times the organisation's usual day (the
 * median of its users' days in the period, once it has {@link #JOURNEES_MIN} of them and the day
 * has at least {@link #DOSSIERS_MIN} files), when files of another Caf were opened, when files
 * were opened at night or on a day off. The median, not the mean: the atypical day itself must not
 * raise the usual.
 */
final class DetectionAlertes {

    static final int JOURNEES_MIN = 5;
    static final int DOSSIERS_MIN = 10;

    private DetectionAlertes() {
    }

    /**
     * Over every user's day of the period.
     *
     * @param seuils the thresholds of a Caf, by its code
     */
    static List<Alerte> detecter(List<JourneeUtilisateur> journees, Function<String, SeuilsAlertes> seuils) {
        return detecter(journees, usuels(journees), seuils);
    }

    /** Each organisation's usual day (the median of its users' days), once it has {@link #JOURNEES_MIN} of them. */
    static Map<Long, Integer> usuels(List<JourneeUtilisateur> journees) {
        Map<Long, List<Integer>> parOrganisme = new HashMap<>();
        journees.forEach(j -> parOrganisme.computeIfAbsent(j.organismeId(), k -> new ArrayList<>()).add(j.dossiers()));
        Map<Long, Integer> usuel = new HashMap<>();
        parOrganisme.forEach((organisme, dossiers) -> {
            if (dossiers.size() >= JOURNEES_MIN) {
                List<Integer> tries = dossiers.stream().sorted().toList();
                usuel.put(organisme, tries.get(tries.size() / 2));
            }
        });
        return usuel;
    }

    /** What the database preselects with the same tests ({@code EntrepotSupervision.journeesAtypiques}): the days off of a period. */
    static List<LocalDate> joursChomes(LocalDate du, LocalDate au) {
        List<LocalDate> chomes = new ArrayList<>();
        for (LocalDate j = du; !j.isAfter(au); j = j.plusDays(1)) {
            if (JoursChomes.chome(j)) {
                chomes.add(j);
            }
        }
        return chomes;
    }

    /**
     * The alerts of the given days, the organisations' usual days being known (from every day of
     * the period: the given days may be only the candidates the database preselected).
     */
    static List<Alerte> detecter(List<JourneeUtilisateur> journees, Map<Long, Integer> usuel, Function<String, SeuilsAlertes> seuils) {
        List<Alerte> alertes = new ArrayList<>();
        for (JourneeUtilisateur j : journees) {
            SeuilsAlertes s = seuils.apply(j.codeCaf());
            List<String> motifs = new ArrayList<>();
            if (j.dossiers() > s.dossiersParJour()) {
                motifs.add(j.dossiers() + " dossiers consultés, au-delà du seuil de " + s.dossiersParJour() + " par jour");
            }
            Integer mediane = usuel.get(j.organismeId());
            if (mediane != null && j.dossiers() >= DOSSIERS_MIN && j.dossiers() > (long) s.facteurUsuel() * Math.max(mediane, 1)) {
                motifs.add("plus de " + s.facteurUsuel() + " fois la journée habituelle de l'organisme (" + mediane + " dossiers)");
            }
            if (j.dossiersAutreCaf() > 0) {
                motifs.add(j.dossiersAutreCaf() + " dossier(s) d'une autre Caf");
            }
            if (j.dossiersNuit() > 0) {
                motifs.add(j.dossiersNuit() + " dossier(s) la nuit (avant " + PliageTraces.DEBUT_JOURNEE + " h ou après "
                        + PliageTraces.FIN_JOURNEE + " h)");
            }
            if (JoursChomes.chome(j.jour())) {
                motifs.add("consultations un jour non travaillé");
            }
            if (!motifs.isEmpty()) {
                alertes.add(new Alerte(j.jour(), j.identifiant(), j.organismeId(), j.codeCaf(), j.dossiers(), j.dossiersNuit(),
                        j.dossiersAutreCaf(), List.copyOf(motifs),
                        "/trace/traces.xhtml?identifiant=" + j.identifiant() + "&du=" + j.jour() + "&au=" + j.jour()));
            }
        }
        return alertes;
    }
}
