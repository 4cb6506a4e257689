package org.eden.portail.habilitation;

import java.io.Serializable;

/**
 * What a replacement of the administrateur partenaire or suppléant did (R-CONV-10), for the Caf's
 * screen: the new account (created with its two mails, or an existing one), and what became of the
 * former one (null when there was none).
 */
public record RemplacementEffectue(String identifiantNouveau, boolean compteCree, String identifiantAncien,
                                   boolean ancienSuspendu) implements Serializable {
}
