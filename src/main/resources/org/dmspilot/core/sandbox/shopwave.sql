-- =====================================================================================================================
-- shopwave: the DMS Pilot sample database (MariaDB 11.4 syntax), a small online shop.
--
-- Loaded into an empty database (no CREATE DATABASE / USE here), statement by statement; routines and triggers sit
-- between DELIMITER $$ ... DELIMITER ; as the mariadb client expects. Row counts are part of the contract:
--   customers 10, products 10, orders 10, order_items 12, payments 10 (audit_log: 4 seeded rows).
--
-- What each feature makes a MySQL -> PostgreSQL converter face:
--   ENUM ................ products.category, orders.status, payments.method, audit_log.action (shared label sets too)
--   SET ................. products.tags (empty set '' included)
--   unsigned integers ... every id (INT/BIGINT UNSIGNED), stock, loyalty_points (SMALLINT), weight_grams (MEDIUMINT)
--   tinyint(1) .......... customers.is_vip / marketing_opt_in, products.is_active, orders.gift_wrap, payments.captured
--   JSON ................ customers.preferences, products.attributes, orders.shipping_address, payments.details
--   DECIMAL ............. prices, amounts, discount_pct
--   DATETIME / TIMESTAMP  DATETIME(3) and DATETIME(6) fractions; ON UPDATE CURRENT_TIMESTAMP on customers.updated_at
--                         (TIMESTAMP), products.updated_at (TIMESTAMP) and orders.updated_at (DATETIME)
--   AUTO_INCREMENT ...... every table with a primary key (explicit ids in the seed data)
--   FULLTEXT index ...... products (name, description)
--   prefix index ........ customers (email(20)) and (last_name(10), first_name(10))
--   foreign keys ........ orders -> customers, order_items -> orders, payments -> orders: ON DELETE CASCADE;
--                         order_items -> products: RESTRICT
--   CHECK constraints ... price >= 0, quantity > 0, discount between 0 and 100, amount > 0
--   generated columns ... order_items.line_total (STORED), customers.email_domain (VIRTUAL)
--   no primary key ...... audit_log (append-only history; a CDC / DMS trap)
--   views ............... v_order_summary (GROUP_CONCAT, DATE_FORMAT, IFNULL, CONCAT), v_product_sales (nested join)
--   functions ........... fn_order_total (READS SQL DATA), fn_price_with_vat (DETERMINISTIC NO SQL, CASE)
--   procedures .......... sp_recalculate_order_totals (cursor + DECLARE CONTINUE HANDLER FOR NOT FOUND, OUT param),
--                         sp_add_order_item (SIGNAL SQLSTATE '45000' / '45001', LAST_INSERT_ID(), SELECT ... INTO)
--   triggers ............ trg_order_items_reserve_stock (AFTER INSERT: stock moves while the seed loads),
--                         trg_orders_audit_status (AFTER UPDATE: writes to the table without a primary key)
-- Data are deterministic: seeded TIMESTAMPs are given explicitly (in UTC), only the stock trigger touches
-- products.updated_at at load time.
-- =====================================================================================================================

SET time_zone = '+00:00';

CREATE TABLE customers (
  id               INT UNSIGNED      NOT NULL AUTO_INCREMENT,
  email            VARCHAR(190)      NOT NULL,
  first_name       VARCHAR(100)      NOT NULL,
  last_name        VARCHAR(100)      NOT NULL,
  email_domain     VARCHAR(190)      AS (SUBSTRING_INDEX(email, '@', -1)) VIRTUAL,
  country_code     CHAR(2)           NOT NULL,
  is_vip           TINYINT(1)        NOT NULL DEFAULT 0,
  marketing_opt_in TINYINT(1)        NOT NULL DEFAULT 0,
  loyalty_points   SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  preferences      JSON              NULL,
  created_at       DATETIME          NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at       TIMESTAMP         NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uq_customers_email (email),
  KEY idx_customers_email_prefix (email(20)),
  KEY idx_customers_name (last_name(10), first_name(10))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='People who buy from the shop';

CREATE TABLE products (
  id           INT UNSIGNED       NOT NULL AUTO_INCREMENT,
  sku          VARCHAR(32)        NOT NULL,
  name         VARCHAR(200)       NOT NULL,
  description  TEXT               NOT NULL,
  category     ENUM('apparel','home','kitchen','outdoor','books') NOT NULL,
  tags         SET('new','sale','eco','bestseller','limited') NOT NULL DEFAULT '',
  price        DECIMAL(10,2)      NOT NULL COMMENT 'Current list price, EUR',
  stock        INT UNSIGNED       NOT NULL DEFAULT 0,
  weight_grams MEDIUMINT UNSIGNED NULL,
  is_active    TINYINT(1)         NOT NULL DEFAULT 1,
  attributes   JSON               NULL,
  created_at   DATETIME           NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at   TIMESTAMP          NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uq_products_sku (sku),
  KEY idx_products_category (category),
  FULLTEXT KEY ft_products_search (name, description),
  CONSTRAINT chk_products_price CHECK (price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='The catalogue';

CREATE TABLE orders (
  id               INT UNSIGNED  NOT NULL AUTO_INCREMENT,
  customer_id      INT UNSIGNED  NOT NULL,
  status           ENUM('pending','paid','shipped','delivered','cancelled') NOT NULL DEFAULT 'pending',
  ordered_at       DATETIME      NOT NULL,
  shipping_address JSON          NOT NULL,
  total_amount     DECIMAL(12,2) NOT NULL DEFAULT 0.00,
  currency         CHAR(3)       NOT NULL DEFAULT 'EUR',
  gift_wrap        TINYINT(1)    NOT NULL DEFAULT 0,
  note             VARCHAR(500)  NULL,
  updated_at       DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY idx_orders_customer (customer_id),
  KEY idx_orders_status_date (status, ordered_at),
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_items (
  id           BIGINT UNSIGNED   NOT NULL AUTO_INCREMENT,
  order_id     INT UNSIGNED      NOT NULL,
  product_id   INT UNSIGNED      NOT NULL,
  quantity     SMALLINT UNSIGNED NOT NULL DEFAULT 1,
  unit_price   DECIMAL(10,2)     NOT NULL COMMENT 'Price when ordered; may differ from products.price',
  discount_pct DECIMAL(5,2)      NOT NULL DEFAULT 0.00,
  line_total   DECIMAL(12,2)     AS (ROUND(quantity * unit_price * (100 - discount_pct) / 100, 2)) STORED,
  PRIMARY KEY (id),
  UNIQUE KEY uq_order_items_order_product (order_id, product_id),
  KEY idx_order_items_product (product_id),
  CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
  CONSTRAINT fk_order_items_product FOREIGN KEY (product_id) REFERENCES products (id),
  CONSTRAINT chk_order_items_quantity CHECK (quantity > 0),
  CONSTRAINT chk_order_items_discount CHECK (discount_pct BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE payments (
  id           INT UNSIGNED  NOT NULL AUTO_INCREMENT,
  order_id     INT UNSIGNED  NOT NULL,
  method       ENUM('card','paypal','bank_transfer','gift_card') NOT NULL,
  amount       DECIMAL(12,2) NOT NULL,
  currency     CHAR(3)       NOT NULL DEFAULT 'EUR',
  captured     TINYINT(1)    NOT NULL DEFAULT 1,
  provider_ref VARCHAR(64)   NULL,
  details      JSON          NULL,
  paid_at      DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY idx_payments_order (order_id),
  CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
  CONSTRAINT chk_payments_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_log (
  table_name VARCHAR(64)  NOT NULL,
  row_id     INT UNSIGNED NOT NULL,
  action     ENUM('insert','update','delete') NOT NULL,
  old_value  VARCHAR(255) NULL,
  new_value  VARCHAR(255) NULL,
  changed_by VARCHAR(128) NOT NULL DEFAULT 'system',
  changed_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  KEY idx_audit_log_row (table_name, row_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Append-only history written by triggers; deliberately without a primary key';

-- ---------------------------------------------------------------------------------------------------------------------
-- Routines and triggers
-- ---------------------------------------------------------------------------------------------------------------------
DELIMITER $$

CREATE FUNCTION fn_order_total(p_order_id INT UNSIGNED) RETURNS DECIMAL(12,2)
  READS SQL DATA
  COMMENT 'Sum of an order''s lines (0 for an empty order)'
BEGIN
  DECLARE v_total DECIMAL(12,2);
  SELECT IFNULL(SUM(line_total), 0) INTO v_total FROM order_items WHERE order_id = p_order_id;
  RETURN v_total;
END$$

CREATE FUNCTION fn_price_with_vat(p_price DECIMAL(10,2), p_country CHAR(2)) RETURNS DECIMAL(10,2)
  DETERMINISTIC NO SQL
  COMMENT 'Gross price for a destination country (standard VAT rate, 0 outside the listed countries)'
BEGIN
  RETURN ROUND(p_price * (1 + CASE p_country
                                WHEN 'DE' THEN 0.19
                                WHEN 'ES' THEN 0.21
                                WHEN 'FR' THEN 0.20
                                WHEN 'IE' THEN 0.23
                                WHEN 'PL' THEN 0.23
                                WHEN 'SE' THEN 0.25
                                ELSE 0.00
                              END), 2);
END$$

CREATE PROCEDURE sp_recalculate_order_totals(OUT p_changed INT)
  MODIFIES SQL DATA
  COMMENT 'Walks every order with a cursor and repairs total_amount where it drifted from its lines'
BEGIN
  DECLARE v_done TINYINT(1) DEFAULT 0;
  DECLARE v_order_id INT UNSIGNED;
  DECLARE v_stored DECIMAL(12,2);
  DECLARE v_actual DECIMAL(12,2);
  DECLARE cur_orders CURSOR FOR SELECT id, total_amount FROM orders ORDER BY id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET v_done = 1;

  SET p_changed = 0;
  OPEN cur_orders;
  read_loop: LOOP
    FETCH cur_orders INTO v_order_id, v_stored;
    IF v_done = 1 THEN
      LEAVE read_loop;
    END IF;
    SET v_actual = fn_order_total(v_order_id);
    IF v_actual <> v_stored THEN
      UPDATE orders SET total_amount = v_actual WHERE id = v_order_id;
      SET p_changed = p_changed + 1;
    END IF;
  END LOOP;
  CLOSE cur_orders;
END$$

CREATE PROCEDURE sp_add_order_item(IN p_order_id INT UNSIGNED, IN p_product_id INT UNSIGNED,
                                   IN p_quantity SMALLINT UNSIGNED, OUT p_item_id BIGINT UNSIGNED)
  MODIFIES SQL DATA
  COMMENT 'Adds a line to a pending order at the current price; refuses closed orders and missing stock'
BEGIN
  DECLARE v_status VARCHAR(20);
  DECLARE v_sku VARCHAR(32);
  DECLARE v_stock INT UNSIGNED;
  DECLARE v_price DECIMAL(10,2);
  DECLARE v_message VARCHAR(255);

  SET v_status = (SELECT status FROM orders WHERE id = p_order_id);
  IF v_status IS NULL THEN
    SET v_message = CONCAT('Order ', p_order_id, ' does not exist');
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = v_message;
  ELSEIF v_status <> 'pending' THEN
    SET v_message = CONCAT('Order ', p_order_id, ' is ', v_status, '; only pending orders take new items');
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = v_message;
  END IF;

  SELECT sku, stock, price INTO v_sku, v_stock, v_price
    FROM products WHERE id = p_product_id AND is_active = 1 FOR UPDATE;
  IF v_sku IS NULL THEN
    SET v_message = CONCAT('Product ', p_product_id, ' is not on sale');
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = v_message;
  ELSEIF v_stock < p_quantity THEN
    SET v_message = CONCAT('Insufficient stock for ', v_sku, ': ', v_stock, ' left, ', p_quantity, ' requested');
    SIGNAL SQLSTATE '45001' SET MESSAGE_TEXT = v_message;
  END IF;

  INSERT INTO order_items (order_id, product_id, quantity, unit_price)
    VALUES (p_order_id, p_product_id, p_quantity, v_price);
  SET p_item_id = LAST_INSERT_ID();
  UPDATE orders SET total_amount = fn_order_total(p_order_id) WHERE id = p_order_id;
END$$

CREATE TRIGGER trg_order_items_reserve_stock
AFTER INSERT ON order_items FOR EACH ROW
BEGIN
  UPDATE products SET stock = stock - NEW.quantity WHERE id = NEW.product_id;
END$$

CREATE TRIGGER trg_orders_audit_status
AFTER UPDATE ON orders FOR EACH ROW
BEGIN
  IF NOT (OLD.status <=> NEW.status) THEN
    INSERT INTO audit_log (table_name, row_id, action, old_value, new_value, changed_by)
      VALUES ('orders', NEW.id, 'update', OLD.status, NEW.status, SUBSTRING_INDEX(USER(), '@', 1));
  END IF;
END$$

DELIMITER ;

-- ---------------------------------------------------------------------------------------------------------------------
-- Views
-- ---------------------------------------------------------------------------------------------------------------------
CREATE VIEW v_order_summary AS
SELECT o.id                                                   AS order_id,
       o.ordered_at,
       DATE_FORMAT(o.ordered_at, '%Y-%m')                     AS order_month,
       CONCAT(c.first_name, ' ', c.last_name)                 AS customer_name,
       c.email,
       o.status,
       COUNT(oi.id)                                           AS item_count,
       IFNULL(SUM(oi.quantity), 0)                            AS units,
       o.total_amount,
       GROUP_CONCAT(p.name ORDER BY p.name SEPARATOR ', ')    AS products
  FROM orders o
  JOIN customers c ON c.id = o.customer_id
  LEFT JOIN order_items oi ON oi.order_id = o.id
  LEFT JOIN products p ON p.id = oi.product_id
 GROUP BY o.id, o.ordered_at, c.first_name, c.last_name, c.email, o.status, o.total_amount;

CREATE VIEW v_product_sales AS
SELECT p.id                              AS product_id,
       p.sku,
       p.name,
       p.category,
       COALESCE(SUM(oi.quantity), 0)     AS units_sold,
       COALESCE(SUM(oi.line_total), 0)   AS revenue,
       p.stock,
       p.stock = 0                       AS sold_out
  FROM products p
  LEFT JOIN (order_items oi JOIN orders o ON o.id = oi.order_id AND o.status <> 'cancelled')
         ON oi.product_id = p.id
 GROUP BY p.id, p.sku, p.name, p.category, p.stock;

-- ---------------------------------------------------------------------------------------------------------------------
-- Data
-- ---------------------------------------------------------------------------------------------------------------------
INSERT INTO customers (id, email, first_name, last_name, country_code, is_vip, marketing_opt_in, loyalty_points,
                       preferences, created_at, updated_at) VALUES
  (1, 'zoe.mueller@example.de', 'Zoë', 'Müller', 'DE', 1, 1, 1250,
      '{"language": "de", "newsletter": true, "sizes": {"tshirt": "S"}}', '2023-11-04 09:12:31', '2024-05-02 18:40:05'),
  (2, 'jose.alvarez@example.es', 'José', 'Álvarez', 'ES', 0, 1, 180,
      '{"language": "es", "newsletter": true}', '2023-12-18 20:03:11', '2024-03-09 16:45:00'),
  (3, 'asa.lindqvist@example.se', 'Åsa', 'Lindqvist', 'SE', 0, 0, 60,
      NULL, '2024-01-07 07:58:42', '2024-04-14 08:10:02'),
  (4, 'chloe.dubois@example.fr', 'Chloé', 'Dubois', 'FR', 1, 1, 2310,
      '{"language": "fr", "newsletter": false, "gift_wrap_default": true}', '2023-09-30 13:37:00', '2024-04-20 12:05:19'),
  (5, 'kenji.watanabe@example.jp', 'Kenji', 'Watanabe', 'JP', 0, 0, 0,
      '{"language": "en"}', '2024-04-21 23:10:54', '2024-04-22 07:50:00'),
  (6, 'priya.natarajan@example.in', 'Priya', 'Natarajan', 'IN', 0, 1, 95,
      '{"language": "en", "newsletter": true, "sizes": {"tshirt": "M"}}', '2024-02-11 10:21:09', '2024-04-28 19:22:40'),
  (7, 'liam.obrien@example.ie', 'Liam', 'O''Brien', 'IE', 0, 0, 40,
      '{"language": "en", "newsletter": false}', '2024-03-15 17:45:33', '2024-05-02 11:12:00'),
  (8, 'aoife.kelly@example.ie', 'Aoife', 'Kelly', 'IE', 0, 1, 0,
      NULL, '2024-05-03 08:51:17', '2024-05-03 09:00:00'),
  (9, 'marta.nowak@example.pl', 'Marta', 'Nowak', 'PL', 0, 1, 310,
      '{"language": "pl", "newsletter": true}', '2023-10-22 06:30:00', '2024-02-18 14:30:12'),
  (10, 'sam.taylor@example.co.uk', 'Sam', 'Taylor', 'GB', 0, 0, 0,
      NULL, '2024-05-04 15:00:00', '2024-05-04 15:00:00');

-- Stock is seeded before the order lines: the stock trigger takes what the lines below sell (the lantern ends at 0).
INSERT INTO products (id, sku, name, description, category, tags, price, stock, weight_grams, is_active, attributes,
                      created_at, updated_at) VALUES
  (1, 'SW-BEANIE-01', 'Merino Wool Beanie',
      'Soft, warm and itch-free beanie knitted from 100% merino wool. One size fits most.',
      'apparel', 'eco,bestseller', 24.90, 123, 90, 1,
      '{"colors": ["charcoal", "forest", "oat"], "material": "merino"}', '2023-09-01 08:00:00', '2024-03-01 08:00:00'),
  (2, 'SW-TEE-02', 'Organic Cotton T-Shirt',
      'Classic crew-neck tee in GOTS-certified organic cotton, garment-dyed for a lived-in feel.',
      'apparel', 'eco', 19.50, 246, 180, 1,
      '{"sizes": ["XS", "S", "M", "L", "XL"], "material": "organic cotton"}', '2023-09-01 08:00:00', '2024-01-15 10:00:00'),
  (3, 'SW-SOCK-03', 'Trail Running Socks (3-pack)',
      'Cushioned merino-blend socks for long days on rough trails.',
      'outdoor', 'new', 17.00, 88, 150, 1,
      '{"sizes": ["39-42", "43-46"]}', '2024-03-20 09:30:00', '2024-03-20 09:30:00'),
  (4, 'SW-POUR-04', 'Ceramic Pour-Over Coffee Set',
      'Hand-glazed dripper with a matching 600 ml carafe. Dishwasher safe.',
      'kitchen', 'bestseller', 42.00, 31, 1100, 1,
      '{"capacity_ml": 600, "glaze": "sand"}', '2023-10-05 12:00:00', '2024-02-01 12:00:00'),
  (5, 'SW-SKIL-05', 'Cast Iron Skillet 26 cm',
      'Pre-seasoned cast iron pan that goes from hob to oven to table.',
      'kitchen', '', 38.75, 46, 2600, 1,
      NULL, '2023-10-05 12:00:00', '2023-10-05 12:00:00'),
  (6, 'SW-BOARD-06', 'Bamboo Cutting Board',
      'Sturdy bamboo board with a juice groove and rounded edges.',
      'kitchen', 'sale,eco', 22.40, 61, 950, 1,
      '{"dimensions_cm": [40, 28, 2]}', '2023-11-11 11:11:00', '2024-04-01 00:00:00'),
  (7, 'SW-DUVET-07', 'Linen Duvet Cover (Queen)',
      'Stone-washed European linen that gets softer with every wash.',
      'home', 'limited', 119.00, 13, 1400, 1,
      '{"size": "queen", "colors": ["natural", "sage"]}', '2024-01-10 09:00:00', '2024-01-10 09:00:00'),
  (8, 'SW-BOTL-08', 'Insulated Water Bottle 750 ml',
      'Double-walled steel bottle: drinks stay cold for 24 hours or hot for 12.',
      'outdoor', 'sale', 27.95, 152, 380, 1,
      '{"capacity_ml": 750}', '2023-09-01 08:00:00', '2024-04-01 00:00:00'),
  (9, 'SW-LANT-09', 'Rechargeable LED Camping Lantern',
      'Dimmable lantern with a USB-C battery that lasts up to 40 hours.',
      'outdoor', 'new', 34.99, 1, 420, 1,
      '{"lumens": 500, "battery_mah": 5200}', '2024-04-02 14:00:00', '2024-04-02 14:00:00'),
  (10, 'SW-BOOK-10', 'Field Guide to Alpine Flowers',
      'Pocket guide to 400 flowering plants of the Alps, with colour plates. Out of print.',
      'books', '', 16.80, 26, 310, 0,
      '{"isbn": "978-0-00-000000-2", "pages": 288}', '2023-09-01 08:00:00', '2024-05-01 09:00:00');

INSERT INTO orders (id, customer_id, status, ordered_at, shipping_address, total_amount, currency, gift_wrap, note,
                    updated_at) VALUES
  (1, 1, 'delivered', '2024-03-02 10:15:00',
      '{"name": "Zoë Müller", "street": "Lindenstraße 12", "city": "Berlin", "postcode": "10115", "country": "DE"}',
      91.80, 'EUR', 0, NULL, '2024-03-06 14:02:00'),
  (2, 2, 'delivered', '2024-03-09 16:42:10',
      '{"name": "José Álvarez", "street": "Calle de Alcalá 48", "city": "Madrid", "postcode": "28014", "country": "ES"}',
      107.10, 'EUR', 0, 'Please leave it with the concierge', '2024-03-14 10:30:00'),
  (3, 3, 'shipped', '2024-04-14 08:05:55',
      '{"name": "Åsa Lindqvist", "street": "Vasagatan 7", "city": "Göteborg", "postcode": "411 24", "country": "SE"}',
      51.00, 'EUR', 0, NULL, '2024-04-15 16:20:00'),
  (4, 1, 'paid', '2024-05-01 21:30:00',
      '{"name": "Zoë Müller", "street": "Lindenstraße 12", "city": "Berlin", "postcode": "10115", "country": "DE"}',
      55.90, 'EUR', 0, NULL, '2024-05-03 08:00:00'),
  (5, 4, 'delivered', '2024-04-20 12:00:00',
      '{"name": "Chloé Dubois", "street": "12 rue Mercière", "city": "Lyon", "postcode": "69002", "country": "FR"}',
      135.79, 'EUR', 1, 'A gift: no invoice in the parcel, please', '2024-04-25 09:45:00'),
  (6, 5, 'cancelled', '2024-04-22 07:45:12',
      '{"name": "Kenji Watanabe", "street": "2-11-3 Umeda", "city": "Osaka", "postcode": "530-0001", "country": "JP"}',
      16.80, 'EUR', 0, 'Ordered the wrong edition', '2024-04-22 07:50:00'),
  (7, 6, 'shipped', '2024-04-28 19:20:00',
      '{"name": "Priya Natarajan", "street": "80 Feet Road", "city": "Bengaluru", "postcode": "560034", "country": "IN"}',
      34.99, 'EUR', 0, NULL, '2024-04-30 07:00:00'),
  (8, 7, 'paid', '2024-05-02 11:11:11',
      '{"name": "Liam O''Brien", "street": "14 Oliver Plunkett St", "city": "Cork", "postcode": "T12 X2N4", "country": "IE"}',
      37.05, 'EUR', 0, NULL, '2024-05-02 11:12:00'),
  (9, 8, 'pending', '2024-05-03 09:00:00',
      '{"name": "Aoife Kelly", "street": "3 Quay Street", "city": "Galway", "postcode": "H91 D2X7", "country": "IE"}',
      0.00, 'EUR', 0, NULL, '2024-05-03 09:00:00'),
  (10, 9, 'delivered', '2024-02-18 14:25:00',
      '{"name": "Marta Nowak", "street": "ul. Floriańska 21", "city": "Kraków", "postcode": "31-019", "country": "PL"}',
      22.90, 'EUR', 0, NULL, '2024-02-23 13:00:00');

-- Order 9 is an open basket without lines; the beanie in order 10 was bought before a price rise (22.90 -> 24.90).
INSERT INTO order_items (id, order_id, product_id, quantity, unit_price, discount_pct) VALUES
  (1, 1, 1, 2, 24.90, 0.00),
  (2, 1, 4, 1, 42.00, 0.00),
  (3, 2, 7, 1, 119.00, 10.00),
  (4, 3, 3, 3, 17.00, 0.00),
  (5, 4, 8, 2, 27.95, 0.00),
  (6, 5, 5, 1, 38.75, 0.00),
  (7, 5, 6, 1, 22.40, 15.00),
  (8, 5, 2, 4, 19.50, 0.00),
  (9, 6, 10, 1, 16.80, 0.00),
  (10, 7, 9, 1, 34.99, 0.00),
  (11, 8, 2, 2, 19.50, 5.00),
  (12, 10, 1, 1, 22.90, 0.00);

-- Order 5 is paid in two parts; the card payment for cancelled order 6 was voided (captured = 0).
INSERT INTO payments (id, order_id, method, amount, currency, captured, provider_ref, details, paid_at) VALUES
  (1, 1, 'card', 91.80, 'EUR', 1, 'ch_3OqL2aXy7Kd1', '{"brand": "visa", "last4": "4242", "three_ds": true}',
      '2024-03-02 10:15:42.118'),
  (2, 2, 'paypal', 107.10, 'EUR', 1, 'PAYID-MX7Q2KA', '{"payer": "jose.alvarez@example.es"}',
      '2024-03-09 16:43:01.502'),
  (3, 3, 'card', 51.00, 'EUR', 1, 'ch_3P5wQzAb2Lm9', '{"brand": "mastercard", "last4": "5100", "three_ds": true}',
      '2024-04-14 08:06:20.007'),
  (4, 4, 'bank_transfer', 55.90, 'EUR', 1, NULL, '{"iban_last4": "3000", "reference": "SW-4"}',
      '2024-05-03 07:59:58.000'),
  (5, 5, 'gift_card', 50.00, 'EUR', 1, 'GC-7QX9', '{"code_last4": "7QX9", "remaining": 0}',
      '2024-04-20 12:00:31.250'),
  (6, 5, 'card', 85.79, 'EUR', 1, 'ch_3P7aLmNo4Qr2', '{"brand": "amex", "last4": "0005", "three_ds": false}',
      '2024-04-20 12:00:33.901'),
  (7, 6, 'card', 16.80, 'EUR', 0, 'ch_3P7cVoId0000', '{"brand": "visa", "last4": "1881", "voided": true}',
      '2024-04-22 07:45:40.333'),
  (8, 7, 'paypal', 34.99, 'EUR', 1, 'PAYID-MYB3T9Q', '{"payer": "priya.natarajan@example.in"}',
      '2024-04-28 19:21:05.640'),
  (9, 8, 'card', 37.05, 'EUR', 1, 'ch_3PB1kKeLl9Zz', '{"brand": "visa", "last4": "0077", "three_ds": true}',
      '2024-05-02 11:11:49.999'),
  (10, 10, 'card', 22.90, 'EUR', 1, 'ch_3OlM0nAa1Bb2', '{"brand": "mastercard", "last4": "4444", "three_ds": true}',
      '2024-02-18 14:25:37.420');

-- History from before the triggers existed (explicit, so the data stay deterministic).
INSERT INTO audit_log (table_name, row_id, action, old_value, new_value, changed_by, changed_at) VALUES
  ('orders', 1, 'update', 'paid', 'shipped', 'warehouse', '2024-03-04 09:30:00.000000'),
  ('orders', 1, 'update', 'shipped', 'delivered', 'carrier-sync', '2024-03-06 14:02:00.000000'),
  ('orders', 6, 'update', 'paid', 'cancelled', 'support', '2024-04-22 07:50:00.125000'),
  ('orders', 10, 'update', 'shipped', 'delivered', 'carrier-sync', '2024-02-23 13:00:00.000000');
