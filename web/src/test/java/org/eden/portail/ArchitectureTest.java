package org.eden.portail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
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
 * No cycle between contexts: the 71 frozen when the rule came were removed, and any cycle now fails
 * the build (archunit.properties sets how much of each cycle the failure shows).
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

    /** (c) Pas de cycle entre contextes : chacun ne voit que ceux d'en dessous. */
    @Test
    void lesContextesSontSansCycle() {
        slices().matching("org.eden.portail.(*)..").should().beFreeOfCycles()
                .because("a context plugs in beside the others through shared's and identite's interfaces,"
                        + " never by being named from below")
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
                        "org.eden.portail.trace..", "org.eden.portail.incident..", "org.eden.portail.afas..",
                        "org.eden.portail.tableaudebord..", "org.eden.portail.api..")
                .because("shared is what the contexts share: it sits below all of them")
                .check(classes);
    }

    @Test
    void identiteNeDependPasDesContextesAuDessus() {
        noClasses().that().resideInAPackage("org.eden.portail.identite..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eden.portail.convention..",
                        "org.eden.portail.habilitation..", "org.eden.portail.cdap..", "org.eden.portail.incident..",
                        "org.eden.portail.afas..", "org.eden.portail.tableaudebord..")
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
     * (e) An EJB's public methods are its business methods, called through its proxy: WildFly
     * refuses a static or final one as such and says so at every deployment (WFLYEJB0131). A
     * function shared with other classes belongs in a class of its own.
     */
    @Test
    void lesEjbNOntNiMethodeStatiqueNiMethodeFinale() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(Stateful.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(Singleton.class)
                .and().arePublic()
                .should().notHaveModifier(JavaModifier.STATIC)
                .andShould().notHaveModifier(JavaModifier.FINAL)
                .because("an EJB's methods are called through its proxy; WildFly warns of each one at deployment")
                .check(classes);
    }
}
