package org.eden.portail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import com.tngtech.archunit.library.freeze.ViolationLineMatcher;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.eden.portail.convention.UsageQuotas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Les règles d'architecture du portail, vérifiées sur le bytecode des trois modules.
 * <p>
 * Les contextes (identite, convention, habilitation, cdap, trace, incident, shared) ont les mêmes
 * packages dans persistence, ejb et web : le package dit à quel contexte une classe appartient,
 * jamais à quelle couche. The layer is the module the class was compiled in, read here from where
 * its class file was loaded: {@code file:…/persistence/target/classes/…} in the reactor
 * ({@code mvn test -pl persistence,ejb,web}), {@code jar:file:…/eden-persistence-<version>.jar!/…}
 * when the module comes from the local repository.
 * <p>
 * The cycles between contexts that exist today are frozen (FreezingArchRule, store committed in
 * src/test/archunit-store, configured by archunit.properties): only a NEW cycle fails the build.
 */
class ArchitectureTest {

    /** Couche « persistence » : entités JPA, dépôts, migrations. */
    static final DescribedPredicate<JavaClass> PERSISTENCE = module("persistence");
    /** Couche « ejb » : services métier, transactions, sécurité. */
    static final DescribedPredicate<JavaClass> EJB = module("ejb");
    /** Couche « web » : JSF, JAX-RS, filtres Shiro. */
    static final DescribedPredicate<JavaClass> WEB = module("web");

    private static JavaClasses classes;

    @BeforeAll
    static void importer() {
        // Production classes only: a module's tests may legitimately reach further than its code.
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.eden.portail");
    }

    /** The module a class comes from: its target/classes in the reactor, or its artifact eden-<module>-<version>. */
    static DescribedPredicate<JavaClass> module(String module) {
        return DescribedPredicate.describe("in module " + module, classe -> classe.getSource()
                .map(source -> source.getUri().toString())
                .map(uri -> uri.contains("/" + module + "/target/classes/") || uri.contains("/eden-" + module + "-"))
                .orElse(false));
    }

    /**
     * Garde-fou : si la localisation des classes changeait (autre répertoire de build, autre
     * packaging), les règles de couches ne verraient plus rien et passeraient à vide.
     */
    @Test
    void chaqueCoucheEstReconnue() {
        for (DescribedPredicate<JavaClass> couche : List.of(PERSISTENCE, EJB, WEB)) {
            assertFalse(classes.that(couche).isEmpty(), "aucune classe " + couche.getDescription());
        }
    }

    /** (a) Les couches ne dépendent que vers le bas : web → ejb → persistence. */
    @Test
    void persistenceNeDependNiDeLEjbNiDuWeb() {
        noClasses().that(PERSISTENCE).should().dependOnClassesThat(EJB.or(WEB))
                .because("persistence is the bottom layer: entities and repositories know no service nor screen")
                .check(classes);
    }

    @Test
    void ejbNeDependPasDuWeb() {
        noClasses().that(EJB).should().dependOnClassesThat(WEB)
                .because("the services are called by the screens and the API, never the other way round")
                .check(classes);
    }

    /**
     * (b) Le web passe par les services EJB : pas d'accès direct à la base, qui contournerait les
     * transactions, les contrôles de permission et les traces (@ActionTracee) des services.
     */
    @Test
    void webNAccedePasALaBaseDirectement() {
        noClasses().that(WEB)
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManagerFactory.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAssignableTo(DataSource.class)
                .because("the web layer goes through the EJB services (transactions, permissions, traces)")
                .check(classes);
    }

    /**
     * (c) Pas de cycle entre contextes. Les cycles d'aujourd'hui sont gelés ; un cycle nouveau
     * échoue. A frozen cycle is recognised by its path of slices only (see {@link MemeCycle}).
     */
    @Test
    void lesContextesSontSansCycle() {
        FreezingArchRule.freeze(slices().matching("org.eden.portail.(*)..").should().beFreeOfCycles())
                .associateViolationLinesVia(new MemeCycle())
                .check(classes);
    }

    /**
     * (d) The direction the cycles were removed in, said outright: shared, the bottom, sees no
     * context; identite, used by all, sees none of the contexts above it. (trace sits between the
     * two: every context, identite included, writes traces through it, and it reads accounts only
     * through its own AnnuaireActeurs.) Each context adds its permissions, tiles and demo data by
     * implementing shared's or identite's interfaces, never by being named from below.
     */
    @Test
    void sharedNeDependDAucunContexte() {
        noClasses().that().resideInAPackage("org.eden.portail.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eden.portail.identite..",
                        "org.eden.portail.convention..", "org.eden.portail.habilitation..", "org.eden.portail.cdap..",
                        "org.eden.portail.trace..", "org.eden.portail.incident..", "org.eden.portail.api..")
                .because("shared is what the contexts share: it sits below all of them")
                .check(classes);
    }

    @Test
    void identiteNeDependPasDesContextesAuDessus() {
        noClasses().that().resideInAPackage("org.eden.portail.identite..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eden.portail.convention..",
                        "org.eden.portail.habilitation..", "org.eden.portail.cdap..", "org.eden.portail.incident..")
                .because("the realm assembles the contexts' permissions through PermissionsDuContexte and reads"
                        + " the partner side through SourceDroitsPartenaire: identite names none of them")
                .check(classes);
    }

    /**
     * ConventionService injects UsageQuotas with a plain @Inject (R-CONV-7): a second implementation
     * would make the deployment fail as ambiguous, none as unsatisfied. Said here before WildFly does.
     */
    @Test
    void uneSeuleImplementationDeUsageQuotas() {
        List<String> implementations = classes.stream()
                .filter(c -> c.isAssignableTo(UsageQuotas.class) && !c.isInterface())
                .map(JavaClass::getName).toList();
        assertEquals(List.of("org.eden.portail.habilitation.UsageQuotasHabilitations"), implementations);
    }

    /**
     * Two cycle violations are the same when they go through the same slices, whatever the
     * dependencies listed under them. ArchUnit's default matcher compares the whole text, which
     * lists examples of dependencies per edge: one more call between two slices already in a
     * frozen cycle would then count as a "new" violation. What must fail is a new cycle.
     */
    static final class MemeCycle implements ViolationLineMatcher {

        @Override
        public boolean matches(String connue, String actuelle) {
            return chemin(connue).equals(chemin(actuelle));
        }

        /** "Cycle detected: Slice a -> Slice b -> Slice a", without the dependencies that follow. */
        static String chemin(String violation) {
            String normalisee = violation.replace('\\', ' ').replaceAll("\\s+", " ").trim();
            int details = normalisee.indexOf(" 1. Dependencies of ");
            return details < 0 ? normalisee : normalisee.substring(0, details);
        }
    }
}
