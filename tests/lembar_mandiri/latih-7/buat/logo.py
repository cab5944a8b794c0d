from PIL import Image, ImageDraw
def buat(path):
    im = Image.new("RGB", (320, 360), "white"); d = ImageDraw.Draw(im)
    d.polygon([(20, 20), (300, 20), (300, 200), (160, 340), (20, 200)], fill=(30, 90, 160), outline="black")
    d.polygon([(160, 60), (185, 130), (260, 130), (200, 175), (222, 250), (160, 205), (98, 250), (120, 175), (60, 130), (135, 130)], fill=(250, 210, 40))
    d.rectangle([60, 260, 260, 280], fill=(200, 30, 30))
    im.save(path)
if __name__ == "__main__": buat("logo.png")
