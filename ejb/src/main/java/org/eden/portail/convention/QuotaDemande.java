package org.eden.portail.convention;

import java.io.Serializable;

/** One line of a bulletin d'adhésion as recorded: service, profile, users asked, users granted (R-CONV-7). */
public record QuotaDemande(String service, String profil, int demande, int accorde) implements Serializable {
}
