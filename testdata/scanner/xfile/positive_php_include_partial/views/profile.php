<h1><?php echo $title; ?></h1>
<p>Hello <?php echo $name; ?></p> <!-- vigil:expect VGL-PHP-XSS-001 -->
