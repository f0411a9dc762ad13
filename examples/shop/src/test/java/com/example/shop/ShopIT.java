package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.store.Row;
import dev.storium.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs after {@code storium:migrate} and {@code storium:seed}: the shop's tables exist with their keys, checks, enum
 * and view, and the runtime stores work on them.
 */
class ShopIT {
    private static StoriumInstance shop;
    private static Store customers;
    private static Store products;
    private static Store orders;
    private static Store lines;
    private static Store shipments;

    @BeforeAll
    static void connect() {
        shop = Storium.connect(Storium.loadConfig());
        customers = shop.defineStore(ShopSchema.CUSTOMERS);
        products = shop.defineStore(ShopSchema.PRODUCTS);
        orders = shop.defineStore(ShopSchema.ORDERS);
        lines = shop.defineStore(ShopSchema.ORDER_LINES);
        shipments = shop.defineStore(ShopSchema.SHIPMENTS);
    }

    @AfterAll
    static void disconnect() {
        shop.close();
    }

    @Test
    void theSeedFilledTheCatalogue() {
        assertEquals(3, products.findAll().size());
        assertEquals(new BigDecimal("24.50"), products.findById("PEN-0001").orElseThrow().get("price"));
    }

    @Test
    void anOrderWithLinesAndAShipmentGoesWithItsOrder() {
        Object ada = customers.ref(Map.of("email", "ada@example.com"));
        Row order = orders.create(Map.of("customerId", ada));
        Object id = order.get("id");
        lines.create(line(id, 1, "PEN-0001", 2, "24.50"));
        lines.create(line(id, 2, "INK-0001", 5, "6.90"));
        shipments.create(Map.of("orderId", id, "lineNo", 1, "shippedOn", LocalDate.of(2026, 12, 1)));
        customers.update(ada, Map.of("favouriteOrderId", id));

        assertEquals("open", order.get("status"));
        assertEquals(2, lines.find(Map.of("orderId", id)).size());
        // the view through jOOQ, which quotes its names as each database needs
        Object total = shop.dsl()
                .select(DSL.field(DSL.name("total")))
                .from(DSL.table(DSL.name("order_totals")))
                .where(DSL.field(DSL.name("order_id")).eq(id))
                .fetchOne(0);
        assertEquals(0, new BigDecimal("83.50").compareTo(new BigDecimal(total.toString())), "the view adds the lines");
        orders.update(id, Map.of("status", "paid"));
        assertEquals("paid", orders.findById(id).orElseThrow().get("status"));
        assertTrue(orders.destroy(id), "the order is deleted");
        assertEquals(0, lines.find(Map.of("orderId", id)).size(), "its lines went with it");
        assertEquals(0, shipments.find(Map.of("orderId", id)).size(), "and their shipments");
        assertEquals(null, customers.findById(ada).orElseThrow().get("favouriteOrderId"), "no favourite left");
    }

    @Test
    void theDatabaseRefusesWhatItsChecksAndKeysForbid() {
        Object ada = customers.ref(Map.of("email", "ada@example.com"));
        Object id = orders.create(Map.of("customerId", ada)).get("id");
        assertThrows(RuntimeException.class, () -> lines.create(line(id, 1, "PEN-0001", 0, "24.50")), "quantity > 0");
        assertThrows(RuntimeException.class, () -> lines.create(line(id, 0, "PEN-0001", 1, "24.50")), "line_no > 0");
        assertThrows(RuntimeException.class, () -> lines.create(line(id, 1, "NONE-000", 1, "1.00")), "unknown sku");
        assertThrows(
                RuntimeException.class, () -> orders.update(id, Map.of("status", "lost")), "not a value of the enum");
        assertThrows(RuntimeException.class, () -> customers.destroy(ada), "a customer with orders stays");
        assertThrows(
                RuntimeException.class,
                () -> shipments.create(Map.of("orderId", id, "lineNo", 9, "shippedOn", LocalDate.of(2026, 12, 1))),
                "a shipment needs its order line");
        orders.destroy(id);
    }

    private static Map<String, Object> line(Object order, int number, String sku, int quantity, String price) {
        return Map.of(
                "orderId", order, "lineNo", number, "sku", sku, "quantity", quantity, "unitPrice", new BigDecimal(price));
    }
}
