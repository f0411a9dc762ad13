package com.example.shop;

import dev.storium.seed.Seed;
import dev.storium.seed.SeedContext;
import dev.storium.store.Store;
import java.math.BigDecimal;
import java.util.Map;

/** A catalogue and one customer. Seeds run on every {@code storium:seed}: this one looks before it writes. */
public final class ShopSeed implements Seed {
    @Override
    public void run(SeedContext ctx) {
        Store products = ctx.store("products");
        product(products, "PEN-0001", "Fountain pen", "24.50", 40);
        product(products, "INK-0001", "Blue ink, 50 ml", "6.90", 200);
        product(products, "PAD-0001", "Writing pad", "3.20", 0);
        Store customers = ctx.store("customers");
        if (customers.findOne(Map.of("email", "ada@example.com")).isEmpty()) {
            customers.create(Map.of("email", "ada@example.com", "name", "Ada", "tier", "A"));
        }
    }

    private static void product(Store products, String sku, String name, String price, int stock) {
        if (products.findById(sku).isEmpty()) {
            products.create(Map.of("sku", sku, "name", name, "price", new BigDecimal(price), "stock", stock));
        }
    }
}
