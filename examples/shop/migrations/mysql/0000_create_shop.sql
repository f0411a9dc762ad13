CREATE TABLE `products` (
  `sku` char(8) NOT NULL COMMENT 'Stock keeping unit, 8 characters',
  `name` varchar(200) NOT NULL,
  `price` decimal(10, 2) NOT NULL,
  `stock` int DEFAULT 0 NOT NULL,
  PRIMARY KEY (`sku`),
  CONSTRAINT `products_price_check` CHECK (price >= 0),
  CONSTRAINT `products_stock_check` CHECK (stock >= 0)
) COMMENT='What we sell';
--> statement-breakpoint
CREATE TABLE `customers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(200) NOT NULL,
  `name` varchar(100) NOT NULL,
  `tier` char(1) DEFAULT 'B' NOT NULL COMMENT 'A, B or C',
  `favourite_order_id` int,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `customers_tier_known` CHECK (tier IN ('A', 'B', 'C'))
) COMMENT='People who buy';
--> statement-breakpoint
CREATE TABLE `orders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `customer_id` int NOT NULL,
  `placed_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
  `status` varchar(20) DEFAULT 'open' NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_orders_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `orders_status_known` CHECK (status IN ('open', 'paid', 'shipped', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE `order_lines` (
  `order_id` int NOT NULL,
  `line_no` int NOT NULL,
  `sku` char(8) NOT NULL,
  `quantity` int NOT NULL,
  `unit_price` decimal(10, 2) NOT NULL,
  PRIMARY KEY (`order_id`, `line_no`),
  CONSTRAINT `order_lines_order_id_orders_id_fk` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `order_lines_sku_products_sku_fk` FOREIGN KEY (`sku`) REFERENCES `products` (`sku`),
  CONSTRAINT `order_lines_total_sane` CHECK (quantity * unit_price < 1000000),
  CONSTRAINT `order_lines_line_no_check` CHECK (line_no > 0),
  CONSTRAINT `order_lines_quantity_check` CHECK (quantity > 0)
) COMMENT='One product of an order; lines are numbered from 1 within their order';
--> statement-breakpoint
CREATE TABLE `shipments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order_id` int NOT NULL,
  `line_no` int NOT NULL,
  `shipped_on` date NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_shipments_line` FOREIGN KEY (`order_id`, `line_no`) REFERENCES `order_lines` (`order_id`, `line_no`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_email_unique` ON `customers` (`email`);
--> statement-breakpoint
ALTER TABLE `customers` ADD CONSTRAINT `customers_favourite_order_id_orders_id_fk` FOREIGN KEY (`favourite_order_id`) REFERENCES `orders` (`id`) ON DELETE SET NULL;
