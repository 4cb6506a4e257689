package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.DonneesDemo;
import org.eden.portail.shared.DonneesDemoDuContexte;
import org.eden.portail.shared.TypeOrganisme;

import java.util.logging.Logger;

/**
 * The demo partners of the Tableau de bord (H2 only): one per partner profile of R-TDB-4, each
 * under an active convention of the Caf de l'Eure and with one account that holds the profile —
 * conseil départemental (its insertion department, Évreux: département 27), MSA Haute-Normandie
 * (Évreux: caisse M18, départements 27 and 76), the ministry (national partner) and the CCMSA.
 * The Caf's agents read the dashboards as Agent CAF and the Cnaf's agent as Agent CNAF.
 */
@ApplicationScoped
public class PartenairesTdbDemo implements DonneesDemoDuContexte {

    private static final Logger LOG = Logger.getLogger(PartenairesTdbDemo.class.getName());

    @Inject
    PartenairesTdb partenaires;

    /** After the habilitations of the CIAS (their identifiers come first). */
    @Override
    public int rang() {
        return 50;
    }

    @Override
    public void chargerSiAbsentes(Caf eure, boolean baseNeuve) {
        String hash = HachageMotDePasse.hacher(DonneesDemo.MOT_DE_PASSE_DEMO);
        String cd = partenaires.partenaire(eure, "Conseil départemental de l'Eure – Direction de l'insertion", TypeOrganisme.CONSEIL_DEPARTEMENTAL,
                "22270001300006", new Adresse("14, boulevard Georges Chauvin", "27000", "Évreux"), ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL,
                "Lebrun", "Hélène", "h.lebrun@eure.demo.eden", hash);
        String msa = partenaires.partenaire(eure, "MSA Haute-Normandie", TypeOrganisme.MSA, "77905000000008",
                new Adresse("32, rue Politzer", "27000", "Évreux"), ProfilTdb.UTILISATEUR_MSA,
                "Masson", "Luc", "l.masson@msa.demo.eden", hash);
        String ministere = partenaires.partenaire(eure, "Ministère des Solidarités – DREES", TypeOrganisme.MINISTERE, "11000000000007",
                new Adresse("14, avenue Duquesne", "75007", "Paris"), ProfilTdb.AGENT_PARTENAIRE_NATIONAL,
                "Nicolas", "Claire", "c.nicolas@drees.demo.eden", hash);
        String ccmsa = partenaires.partenaire(eure, "Caisse centrale de la MSA", TypeOrganisme.MSA, "77500000000007",
                new Adresse("19, rue de Paris", "93000", "Bobigny"), ProfilTdb.UTILISATEUR_CCMSA,
                "Colin", "Marc", "m.colin@ccmsa.demo.eden", hash);
        LOG.info(() -> "Comptes de démonstration du tableau de bord : " + cd + " (conseil départemental), " + msa + " (MSA), "
                + ministere + " (ministère), " + ccmsa + " (CCMSA).");
    }
}
