package vault

// a package of the program's own that happens to be called des
import "example.com/app/des"

func design() {
	des.NewCipher("layout")
}
