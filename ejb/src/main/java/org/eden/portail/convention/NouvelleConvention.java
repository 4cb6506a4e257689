package org.eden.portail.convention;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What an administrateur Caf records: the partner, the contrat de service, the bulletins. */
public record NouvelleConvention(Long organismeId,
                                 ModeGestion mode,
                                 LocalDate dateDebut,
                                 Contact administrateur,
                                 Contact suppleant,
                                 Contact responsableSecurite,
                                 Contact referentInformatiqueLibertes,
                                 List<QuotaDemande> quotas) implements Serializable {
}
