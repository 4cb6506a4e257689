package org.eden.portail.cdap;

import java.util.List;

/**
 * R-CDAP-1: the CDAP profiles (T1, T2, T4, T5, T18, T19) an account may put in force today.
 *
 * <p>Answered by the habilitations: the profiles carried by the groups the account is attached to,
 * through habilitations that are valid and not suspended, under a convention that is active. An
 * administrateur partenaire or his suppléant never holds one (R-HAB-12). The consultation asks this
 * question at each search, so a suspension or a devalidation takes effect at once.
 */
public interface ProfilsCdap {

    /** The profile codes in catalogue order, empty when the account may not consult CDAP. */
    List<String> profilsDe(String identifiant);
}
