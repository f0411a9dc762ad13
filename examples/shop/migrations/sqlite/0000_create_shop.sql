CREATE TABLE "products" (
  "sku" char(8) NOT NULL,
  "name" varchar(200) NOT NULL,
  "price" numeric(10, 2) NOT NULL,
  "stock" integer DEFAULT 0 NOT NULL,
  CONSTRAINT "products_pkey" PRIMARY KEY ("sku"),
  CONSTRAINT "products_price_check" CHECK (price >= 0),
  CONSTRAINT "products_stock_check" CHECK (stock >= 0)
);
--> statement-breakpoint
CREATE TABLE "customers" (
  "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  "email" varchar(200) NOT NULL,
  "name" varchar(100) NOT NULL,
  "tier" char(1) DEFAULT 'B' NOT NULL,
  "favourite_order_id" integer,
  "created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
  "updated_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT "customers_favourite_order_id_orders_id_fk" FOREIGN KEY ("favourite_order_id") REFERENCES "orders" ("id") ON DELETE SET NULL,
  CONSTRAINT "customers_tier_known" CHECK (tier IN ('A', 'B', 'C'))
);
--> statement-breakpoint
CREATE TABLE "orders" (
  "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  "customer_id" integer NOT NULL,
  "placed_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
  "status" varchar(20) DEFAULT 'open' NOT NULL,
  CONSTRAINT "fk_orders_customer" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT,
  CONSTRAINT "orders_status_known" CHECK (status IN ('open', 'paid', 'shipped', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
  "order_id" integer NOT NULL,
  "line_no" integer NOT NULL,
  "sku" char(8) NOT NULL,
  "quantity" integer NOT NULL,
  "unit_price" numeric(10, 2) NOT NULL,
  CONSTRAINT "order_lines_pkey" PRIMARY KEY ("order_id", "line_no"),
  CONSTRAINT "order_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE CASCADE,
  CONSTRAINT "order_lines_sku_products_sku_fk" FOREIGN KEY ("sku") REFERENCES "products" ("sku"),
  CONSTRAINT "order_lines_total_sane" CHECK (quantity * unit_price < 1000000),
  CONSTRAINT "order_lines_line_no_check" CHECK (line_no > 0),
  CONSTRAINT "order_lines_quantity_check" CHECK (quantity > 0)
);
--> statement-breakpoint
CREATE TABLE "shipments" (
  "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  "order_id" integer NOT NULL,
  "line_no" integer NOT NULL,
  "shipped_on" date NOT NULL,
  CONSTRAINT "fk_shipments_line" FOREIGN KEY ("order_id", "line_no") REFERENCES "order_lines" ("order_id", "line_no") ON DELETE CASCADE
);
--> statement-breakpoint
CREATE UNIQUE INDEX "customers_email_unique" ON "customers" ("email");
