package org.dmspilot.gui.wizard;

import static org.dmspilot.gui.util.Localization.lang;

import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.dmspilot.core.dms.DmsIamRoles;
import org.dmspilot.core.dms.DmsOptions.EndpointTls;
import org.dmspilot.core.dms.NetworkInventory;

/** The AWS pages: account and region, IAM roles, network, replication instance, endpoints. */
final class AwsPages {
    private final DmsWizardViewModel vm;
    private final WizardChoices ch;

    AwsPages(DmsWizardViewModel vm) {
        this.vm = vm;
        this.ch = vm.choices();
    }

    Node account() {
        ComboBox<String> profile = editable("profileBox", ch.profile);
        profile.setItems(vm.profiles());
        profile.setPromptText(lang("wizard.profile.default"));
        ComboBox<String> region = editable("regionBox", ch.region);
        region.getItems().setAll(vm.regions());
        TextField endpoint = text("endpointField", ch.endpointOverride);
        Button check = button("checkAccountButton", lang("wizard.checkAccount"), vm::checkAccount);
        Label identity = new Label();
        identity.setId("identityLabel");
        identity.textProperty().bind(vm.identityProperty());
        Form f = new Form(vm.fieldErrors()).wide(Form.title(lang("wizard.page.account")))
                .row(lang("wizard.profile"), profile, "profile").row(lang("wizard.region"), region, "region")
                .row(lang("wizard.endpoint"), endpoint, "endpoint").wide(Form.hint(lang("wizard.account.hint")))
                .wide(new HBox(10, check, identity));
        return f.node();
    }

    Node iam() {
        ListView<DmsIamRoles.RoleStatus> roles = new ListView<>(vm.roles());
        roles.setId("rolesList");
        roles.setPrefHeight(90);
        roles.setCellFactory(l -> cell(r -> r.ready() ? lang("wizard.role.ready", r.roleName())
                : r.exists() ? lang("wizard.role.policies", r.roleName(), String.join(", ", r.missingPolicies()))
                : lang("wizard.role.missing", r.roleName(), String.join(", ", r.missingPolicies()))));
        CheckBox create = new CheckBox(lang("wizard.createRoles"));
        create.setId("createRolesBox");
        create.selectedProperty().bindBidirectional(ch.createIamRoles);
        TextArea policy = new TextArea(vm.wizardPolicy());
        policy.setEditable(false);
        policy.setPrefRowCount(16);
        policy.getStyleClass().add("code");
        Form f = new Form(vm.fieldErrors()).wide(Form.title(lang("wizard.page.iam")))
                .wide(Form.hint(lang("wizard.iam.hint")))
                .row(lang("wizard.iam.roles"), roles, "roles")
                .wide(new HBox(10, button("checkRolesButton", lang("wizard.iam.check"), vm::checkRoles),
                        button("createRolesButton", lang("wizard.iam.create"), vm::createRoles)))
                .wide(create).row(lang("wizard.iam.policy"), policy, null);
        return f.node();
    }

    Node network() {
        ComboBox<String> vpc = new ComboBox<>();
        vpc.setId("vpcBox");
        vpc.valueProperty().bindBidirectional(ch.vpc);
        CheckListView<NetworkInventory.Subnet> subnets = new CheckListView<>();
        subnets.setId("subnetList");
        subnets.setPrefHeight(110);
        subnets.setCellFactory(l -> new javafx.scene.control.cell.CheckBoxListCell<>(subnets::getItemBooleanProperty,
                converter(s -> lang("wizard.subnet", s.id(), s.zone(), s.cidr(), s.name()))));
        CheckListView<NetworkInventory.SecurityGroup> groups = new CheckListView<>();
        groups.setId("securityGroupList");
        groups.setPrefHeight(80);
        groups.setCellFactory(l -> new javafx.scene.control.cell.CheckBoxListCell<>(groups::getItemBooleanProperty,
                converter(g -> g.id() + " \u2014 " + g.name())));
        vpc.setConverter(converter(id -> id + vpcName(id)));
        Runnable fill = () -> {
            NetworkInventory.Listing n = vm.networkProperty().get();
            if (n == null) {
                return;
            }
            String id = ch.vpc.get();
            List<String> chosenSubnets = WizardChoices.split(ch.subnets.get());
            List<String> chosenGroups = WizardChoices.split(ch.securityGroups.get());
            subnets.getItems().setAll(n.subnetsOf(id));
            groups.getItems().setAll(n.securityGroupsOf(id));
            subnets.getItems().stream().filter(s -> chosenSubnets.contains(s.id()))
                    .forEach(s -> subnets.getCheckModel().check(s));
            groups.getItems().stream().filter(g -> chosenGroups.contains(g.id()))
                    .forEach(g -> groups.getCheckModel().check(g));
        };
        Runnable vpcs = () -> {
            NetworkInventory.Listing n = vm.networkProperty().get();
            vpc.getItems().setAll(n == null ? List.of() : n.vpcs().stream().map(NetworkInventory.Vpc::id).toList());
            vpc.setValue(ch.vpc.get());
            fill.run();
        };
        vm.networkProperty().addListener((obs, old, n) -> vpcs.run());
        ch.vpc.addListener((obs, old, v) -> fill.run());
        vpcs.run();
        subnets.getCheckModel().getCheckedItems().addListener((ListChangeListener<NetworkInventory.Subnet>) c ->
                ch.subnets.set(String.join(", ", subnets.getCheckModel().getCheckedItems().stream()
                        .map(NetworkInventory.Subnet::id).toList())));
        groups.getCheckModel().getCheckedItems().addListener((ListChangeListener<NetworkInventory.SecurityGroup>) c ->
                ch.securityGroups.set(String.join(", ", groups.getCheckModel().getCheckedItems().stream()
                        .map(NetworkInventory.SecurityGroup::id).toList())));
        Form f = new Form(vm.fieldErrors()).wide(Form.title(lang("wizard.page.network")))
                .wide(Form.hint(lang("wizard.network.hint")))
                .wide(button("loadNetworkButton", lang("wizard.network.load"), vm::loadNetwork))
                .row(lang("wizard.vpc"), vpc, null).row(lang("wizard.subnets.list"), subnets, null)
                .row(lang("wizard.subnets"), text("subnetsField", ch.subnets), "subnets")
                .row(lang("wizard.securityGroups.list"), groups, null)
                .row(lang("wizard.securityGroups"), text("securityGroupsField", ch.securityGroups), "securityGroups");
        return f.node();
    }

    private String vpcName(String id) {
        NetworkInventory.Listing n = vm.networkProperty().get();
        return n == null ? "" : n.vpcs().stream().filter(v -> v.id().equals(id)).findFirst()
                .map(v -> " \u2014 " + v.cidr() + (v.name().isEmpty() ? "" : " " + v.name())
                        + (v.isDefault() ? " " + lang("wizard.vpc.default") : "")).orElse("");
    }

    Node instance() {
        ComboBox<String> cls = editable("instanceClassBox", ch.instanceClass);
        cls.getItems().setAll(WizardChoices.INSTANCE_CLASSES);
        Spinner<Integer> storage = new Spinner<>(1, 100_000, ch.storageGb.get(), 10);
        storage.setId("storageSpinner");
        storage.setEditable(true);
        storage.valueProperty().addListener((obs, old, v) -> ch.storageGb.set(v == null ? 0 : v));
        CheckBox multiAz = new CheckBox(lang("wizard.multiAz"));
        multiAz.setId("multiAzBox");
        multiAz.selectedProperty().bindBidirectional(ch.multiAz);
        TextField version = text("engineVersionField", ch.engineVersion);
        version.setPromptText(lang("wizard.engineVersion.default"));
        Form f = new Form(vm.fieldErrors()).wide(Form.title(lang("wizard.page.instance")))
                .row(lang("wizard.instanceClass"), cls, "instanceClass")
                .wide(Form.hint(lang("wizard.instanceClass.hint")))
                .row(lang("wizard.storage"), storage, "storage").row("", multiAz, null)
                .row(lang("wizard.engineVersion"), version, null)
                .wide(Form.hint(lang("wizard.instance.private")))
                .row(lang("wizard.notifyEmail"), text("notifyEmailField", ch.notifyEmail), "notifyEmail")
                .wide(Form.hint(lang("wizard.notifyEmail.hint")));
        return f.node();
    }

    /** DMS Serverless: the capacity range, Multi-AZ, the security groups and the subnet group of the config. */
    Node serverless() {
        ComboBox<Integer> min = capacity("minCapacityBox", ch.minCapacity);
        ComboBox<Integer> max = capacity("maxCapacityBox", ch.maxCapacity);
        CheckBox multiAz = new CheckBox(lang("wizard.multiAz"));
        multiAz.setId("serverlessMultiAzBox");
        multiAz.selectedProperty().bindBidirectional(ch.multiAz);
        Label subnetGroup = new Label(vm.subnetGroup());
        subnetGroup.setId("subnetGroupLabel");
        subnetGroup.sceneProperty().addListener((obs, old, scene) -> subnetGroup.setText(vm.subnetGroup()));
        Form f = new Form(vm.fieldErrors()).wide(Form.title(lang("wizard.serverless.title")))
                .wide(Form.hint(lang("wizard.serverless.hint")))
                .row(lang("wizard.serverless.min"), min, "minCapacity")
                .row(lang("wizard.serverless.max"), max, "maxCapacity").row("", multiAz, null)
                .row(lang("wizard.securityGroups"), text("serverlessSecurityGroupsField", ch.securityGroups),
                        "securityGroups")
                .row(lang("wizard.serverless.subnetGroup"), subnetGroup, null)
                .wide(Form.hint(lang("wizard.serverless.price")));
        return f.node();
    }

    private static ComboBox<Integer> capacity(String id, javafx.beans.property.IntegerProperty value) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(org.dmspilot.core.dms.DmsOptions.ServerlessCapacity.UNITS);
        box.setConverter(converter(n -> n + " DCU (" + 2 * n + " GB)"));
        box.setValue(value.get());
        box.valueProperty().addListener((obs, old, v) -> value.set(v == null ? 0 : v));
        value.addListener((obs, old, v) -> box.setValue(v.intValue()));
        return box;
    }

    Node endpoints() {
        ComboBox<String> engine = new ComboBox<>();
        engine.setId("targetEngineBox");
        engine.getItems().setAll(WizardChoices.TARGET_ENGINES);
        engine.valueProperty().bindBidirectional(ch.targetEngine);
        CheckBox secrets = new CheckBox(lang("wizard.secretsManager"));
        secrets.setId("secretsBox");
        secrets.selectedProperty().bindBidirectional(ch.secretsManager);
        Form f = new Form(vm.fieldErrors()).wide(Form.title(lang("wizard.page.endpoints")))
                .row(lang("wizard.endpoints.source"), tls("source", ch.sourceSslMode, ch.sourceCaFile), "sourceCa")
                .row(lang("wizard.endpoints.target"), tls("target", ch.targetSslMode, ch.targetCaFile), "targetCa")
                .wide(Form.hint(lang("wizard.endpoints.tlsHint")))
                .row(lang("wizard.targetEngine"), engine, null).row("", secrets, null)
                .wide(Form.hint(lang("wizard.endpoints.secretsHint")));
        return f.node();
    }

    private Node tls(String side, StringProperty mode, StringProperty caFile) {
        ComboBox<String> modes = new ComboBox<>();
        modes.setId(side + "SslBox");
        modes.getItems().setAll(EndpointTls.MODES);
        modes.valueProperty().bindBidirectional(mode);
        TextField ca = text(side + "CaField", caFile);
        ca.setPromptText(lang("wizard.ca.prompt"));
        HBox.setHgrow(ca, Priority.ALWAYS);
        Button browse = button(side + "CaButton", lang("wizard.ca.browse"), () -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(lang("wizard.ca.filter"), "*.pem",
                    "*.crt", "*.cer"));
            File file = chooser.showOpenDialog(ca.getScene().getWindow());
            if (file != null) {
                caFile.set(file.getPath());
            }
        });
        ca.disableProperty().bind(mode.isNotEqualTo("verify-ca").and(mode.isNotEqualTo("verify-full")));
        browse.disableProperty().bind(ca.disableProperty());
        return new HBox(8, modes, ca, browse);
    }

    static ComboBox<String> editable(String id, StringProperty value) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getEditor().textProperty().bindBidirectional(value);
        return box;
    }

    static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    static <T> javafx.scene.control.ListCell<T> cell(Function<T, String> text) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static VBox page(Node... nodes) {
        VBox box = new VBox(10, nodes);
        return box;
    }
}
