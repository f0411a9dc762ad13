PRAGMA foreign_keys=OFF;
--> statement-breakpoint
CREATE TABLE "__new_orders" (
  "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  "customer_id" integer NOT NULL,
  "placed_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
  "status" varchar(9) DEFAULT 'open' NOT NULL,
  CONSTRAINT "fk_orders_customer" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT,
  CONSTRAINT "orders_status_enum" CHECK ("status" IN ('open', 'paid', 'shipped', 'cancelled'))
);
--> statement-breakpoint
INSERT INTO "__new_orders" ("id", "customer_id", "placed_at", "status") SELECT "id", "customer_id", "placed_at", "status" FROM "orders";
--> statement-breakpoint
DROP TABLE "orders";
--> statement-breakpoint
ALTER TABLE "__new_orders" RENAME TO "orders";
--> statement-breakpoint
CREATE VIEW "order_totals" AS SELECT o.id AS order_id, o.customer_id, SUM(l.quantity * l.unit_price) AS total FROM orders o JOIN order_lines l ON l.order_id = o.id GROUP BY o.id, o.customer_id;
--> statement-breakpoint
PRAGMA foreign_key_check;
--> statement-breakpoint
PRAGMA foreign_keys=ON;
