namespace CongVu.Studio.Tests;
