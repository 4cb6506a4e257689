package org.eden.portail.tableaudebord;

import jakarta.json.bind.annotation.JsonbProperty;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** R-TDB-6: one indicator of one table in the vintages FR1 → FR2 → FR6 of a month. */
public record ComparaisonTdb(String mois, String theme, String indicateur, String indicateurLibelle, String niveau,
                             String regime, String statut, List<String> millesimes, List<LigneComparaison> lignes,
                             String motif) implements Serializable {

    public ComparaisonTdb {
        millesimes = List.copyOf(millesimes);
        lignes = List.copyOf(lignes);
    }

    /** The comparison of one indicator of a theme, the choices by their names. */
    public ComparaisonTdb(String mois, Theme theme, Indicateur indicateur, Niveau niveau, Regime regime, Statut statut,
                          List<String> millesimes, List<LigneComparaison> lignes, String motif) {
        this(mois, theme.name(), indicateur.code(), indicateur.libelle(), niveau.name(), regime.name(), statut.name(),
                millesimes, lignes, motif);
    }

    private static final DateTimeFormatter MOIS_FR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    /**
     * The text before the chart (RGAA 1.3, WCAG 1.1.1: a chart has a text alternative giving its
     * main figures; the table beside gives them all): the country's row (else the first) in each
     * vintage with its revisions, the largest revision among the rows, and how many values are
     * secret (R-TDB-5: a secret value has no revision, and none is told here). The reason instead
     * when there is nothing to compare. Named for the API's JSON, where JSON-B would call a
     * record's method by its full name.
     */
    @JsonbProperty("resume")
    public String getResume() {
        if (motif != null) {
            return motif;
        }
        StringBuilder texte = new StringBuilder(indicateurLibelle).append(", ")
                .append(YearMonth.parse(mois).format(MOIS_FR)).append(", ")
                .append(millesimes.size()).append(millesimes.size() > 1 ? " millésimes comparés" : " millésime chargé").append(" : ");
        if (lignes.isEmpty()) {
            return texte.append("aucune valeur.").toString();
        }
        LigneComparaison reference = lignes.stream().filter(l -> l.code().equals(Niveau.CODE_NATIONAL)).findFirst().orElse(lignes.get(0));
        texte.append(reference.libelle()).append(", ");
        for (int m = 0; m < millesimes.size(); m++) {
            texte.append(m == 0 ? "" : ", ").append(millesimes.get(m)).append(' ').append(reference.valeurs().get(m).getTexte());
            if (m > 0 && reference.revisions().get(m - 1) != null) {
                texte.append(" (").append(reference.revisionTexte(m - 1)).append(')');
            }
        }
        texte.append('.');
        if (lignes.size() > 1) {
            texte.append(' ').append(lignes.size()).append(" lignes");
            record Revision(LigneComparaison ligne, int rang, double valeur) {
            }
            lignes.stream().flatMap(l -> java.util.stream.IntStream.range(0, l.revisions().size())
                            .filter(i -> l.revisions().get(i) != null).mapToObj(i -> new Revision(l, i, l.revisions().get(i))))
                    .max(Comparator.comparingDouble(r -> Math.abs(r.valeur())))
                    .ifPresent(r -> texte.append(" ; la plus forte révision : ").append(r.ligne().libelle()).append(", ")
                            .append(r.ligne().revisionTexte(r.rang())).append(" de ").append(millesimes.get(r.rang()))
                            .append(" à ").append(millesimes.get(r.rang() + 1)));
            texte.append('.');
        }
        long secrets = lignes.stream().flatMap(l -> l.valeurs().stream()).filter(CelluleTdb::secret).count();
        if (secrets > 0) {
            texte.append(' ').append(secrets).append(secrets > 1 ? " valeurs sont couvertes" : " valeur est couverte")
                    .append(" par le secret statistique, sans révision.");
        }
        return texte.toString();
    }
}
