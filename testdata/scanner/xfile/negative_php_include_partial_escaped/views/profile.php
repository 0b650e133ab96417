<h1><?php echo htmlspecialchars($title); ?></h1>
<p>Hello <?php echo $name; ?></p>
